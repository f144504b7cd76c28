import { areasFor, canUseArea, type Area, type Role } from '@/domain/access';

/** URL builders shared by the shell and the features, so links never drift from the routes. */
export const paths = {
  home: '/',
  signIn: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  orders: '/orders',
  order: (orderId: string) => `/orders/${encodeURIComponent(orderId)}`,
  trackingExceptions: '/tracking/exceptions',
  /** The public tracking page; `token` opens one order directly (links in customer messages). */
  publicTracking: (token?: string) => (token ? `/track?t=${encodeURIComponent(token)}` : '/track'),
  shipping: '/shipping',
  allocate: '/shipping/allocate',
  waybills: '/shipping/waybills',
  /** The print view of a location's pick list and packing slips; `orderIds` narrows it to those orders. */
  pickList: (locationId: string, orderIds?: readonly string[]) => {
    const params = new URLSearchParams({ locationId });
    for (const id of orderIds ?? []) params.append('orderId', id);
    return `/shipping/pick-list?${params.toString()}`;
  },
  inventory: '/inventory',
  stockAlerts: '/inventory/alerts',
  replenishment: '/inventory/replenishment',
  analytics: '/analytics',
  settings: '/settings',
} as const;

const AREA_PATHS: Record<Area, string> = {
  orders: paths.orders,
  tracking: paths.trackingExceptions,
  shipping: paths.shipping,
  inventory: paths.inventory,
  analytics: paths.analytics,
  settings: paths.settings,
};

export function areaPath(area: Area): string {
  return AREA_PATHS[area];
}

/** The area a path belongs to, or null for paths outside every area. */
export function areaOfPath(path: string): Area | null {
  const pathname = path.split(/[?#]/)[0] ?? '';
  for (const [area, base] of Object.entries(AREA_PATHS) as [Area, string][]) {
    if (pathname === base || pathname.startsWith(`${base}/`)) return area;
  }
  return null;
}

/**
 * A `next` parameter is followed only when it is a path on this site: "//evil.example" or
 * "https://..." would turn the sign-in page into an open redirect.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return null;
  if (next === '/sign-in' || next.startsWith('/sign-in?') || next.startsWith('/sign-in/'))
    return null;
  return next;
}

/** Where a role lands after signing in: its first area. */
export function homePathFor(role: Role): string {
  const first = areasFor(role)[0];
  return first ? areaPath(first) : paths.home;
}

/** Follows `next` after sign-in only when it is on this site and the role may open it. */
export function pathAfterSignIn(role: Role, next: string | null | undefined): string {
  const safe = safeNextPath(next);
  if (!safe) return homePathFor(role);
  const area = areaOfPath(safe);
  if (area && !canUseArea(role, area)) return homePathFor(role);
  return safe;
}
