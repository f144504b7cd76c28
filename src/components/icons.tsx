import type { ReactNode, SVGProps } from 'react';

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'>;

/** Small stroke icons drawn on a 20px grid; decorative, so hidden from assistive technology. */
function icon(paths: ReactNode) {
  return function Icon({ className = 'size-4', ...rest }: IconProps) {
    return (
      <svg
        viewBox="0 0 20 20"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        className={className}
        {...rest}
      >
        {paths}
      </svg>
    );
  };
}

export const OrdersIcon = icon(
  <>
    <rect x="4" y="3" width="12" height="15" rx="1.5" />
    <path d="M7.5 3V2h5v1M7 8h6M7 11h6M7 14h4" />
  </>,
);
export const ShippingIcon = icon(
  <>
    <path d="M2 5h10v9H2zM12 8h3.5L18 11v3h-6" />
    <circle cx="5.5" cy="15" r="1.5" />
    <circle cx="14.5" cy="15" r="1.5" />
  </>,
);
export const InventoryIcon = icon(
  <>
    <path d="M10 2 17 5.5v9L10 18l-7-3.5v-9L10 2Z" />
    <path d="M3 5.5 10 9l7-3.5M10 9v9" />
  </>,
);
export const AnalyticsIcon = icon(<path d="M3 17h14M5.5 14V9M9.5 14V5M13.5 14v-3" />);
export const TrackingIcon = icon(
  <>
    <path d="M10 17.5s5-4.6 5-8.8A5 5 0 0 0 5 8.7c0 4.2 5 8.8 5 8.8Z" />
    <circle cx="10" cy="8.5" r="1.8" />
  </>,
);
export const SettingsIcon = icon(
  <>
    <circle cx="10" cy="10" r="2.5" />
    <path d="M10 2.5v2M10 15.5v2M17.5 10h-2M4.5 10h-2M15.3 4.7l-1.4 1.4M6.1 13.9l-1.4 1.4M15.3 15.3l-1.4-1.4M6.1 6.1 4.7 4.7" />
  </>,
);
export const SearchIcon = icon(
  <>
    <circle cx="8.5" cy="8.5" r="5" />
    <path d="m12.5 12.5 4.5 4.5" />
  </>,
);
export const GlobeIcon = icon(
  <>
    <circle cx="10" cy="10" r="7.5" />
    <path d="M2.5 10h15M10 2.5c2 2.2 3 4.7 3 7.5s-1 5.3-3 7.5c-2-2.2-3-4.7-3-7.5s1-5.3 3-7.5Z" />
  </>,
);
export const UserIcon = icon(
  <>
    <circle cx="10" cy="7" r="3.5" />
    <path d="M3.5 17.5c.8-3.2 3.4-5 6.5-5s5.7 1.8 6.5 5" />
  </>,
);
export const ChevronDownIcon = icon(<path d="m5.5 8 4.5 4.5L14.5 8" />);
export const ChevronLeftIcon = icon(<path d="M12 5 7 10l5 5" />);
export const ChevronRightIcon = icon(<path d="m8 5 5 5-5 5" />);
export const SidebarIcon = icon(
  <>
    <rect x="2.5" y="3.5" width="15" height="13" rx="1.5" />
    <path d="M7.5 3.5v13" />
  </>,
);
export const SignOutIcon = icon(<path d="M8 3.5H4.5v13H8M12 6.5 15.5 10 12 13.5M15.5 10H7.5" />);
export const RefreshIcon = icon(<path d="M16 10a6 6 0 1 1-1.8-4.3M16 3.5v3h-3" />);
export const AlertIcon = icon(
  <>
    <path d="M10 2.5 18 16.5H2L10 2.5Z" />
    <path d="M10 8v3.5M10 14h.01" />
  </>,
);
export const InfoIcon = icon(
  <>
    <circle cx="10" cy="10" r="7.5" />
    <path d="M10 9v5M10 6.5h.01" />
  </>,
);
export const CheckCircleIcon = icon(
  <>
    <circle cx="10" cy="10" r="7.5" />
    <path d="m6.5 10 2.5 2.5 4.5-5" />
  </>,
);
export const InboxIcon = icon(
  <>
    <path d="M2.5 11.5 5 4h10l2.5 7.5V16h-15v-4.5Z" />
    <path d="M2.5 11.5H7l1 2h4l1-2h4.5" />
  </>,
);
export const CloseIcon = icon(<path d="m5 5 10 10M15 5 5 15" />);
export const CheckIcon = icon(<path d="m4.5 10.5 3.5 3.5 7.5-8" />);
export const LogoIcon = icon(
  <>
    <rect x="2.5" y="2.5" width="15" height="15" rx="3.5" />
    <path d="M6.5 7h7M6.5 10h7M6.5 13h4" />
  </>,
);
/** Boxes going to places: allocating orders to a location. */
export const AllocateIcon = icon(
  <>
    <rect x="2.5" y="7" width="6" height="6" rx="1" />
    <path d="M8.5 10h3M14.5 5.5l3 0M14.5 10h3M14.5 14.5h3M11.5 5.5v9" />
  </>,
);
/** A barcode: scanning waybills. */
export const ScanIcon = icon(
  <>
    <path d="M3 6V4h3M14 4h3v2M17 14v2h-3M6 16H3v-2" />
    <path d="M6.5 7v6M9 7v6M11.5 7v6M13.5 7v6" />
  </>,
);
/** A bell: stock alerts. */
export const BellIcon = icon(
  <>
    <path d="M5 13.5V9a5 5 0 0 1 10 0v4.5l1.5 1.5h-13z" />
    <path d="M8.5 17a1.5 1.5 0 0 0 3 0" />
  </>,
);
/** A box with an arrow into it: replenishment. */
export const RestockIcon = icon(
  <>
    <path d="M3 8.5h14v8H3zM3 8.5 5 4h10l2 4.5" />
    <path d="M10 6v6M7.5 9.5 10 12l2.5-2.5" />
  </>,
);
