import { NavLink, useLocation } from 'react-router';
import { useTranslation } from '@/i18n';
import type { ComponentType, SVGProps } from 'react';
import { useCurrentUser } from '@/api/session-store';
import { ExceptionCountBadge } from '@/features/tracking/nav-badge';
import { areasFor, type Area } from '@/domain/access';
import { cn } from '@/lib/cn';
import { areaPath, paths } from '@/lib/paths';
import { usePreferences } from '@/lib/preferences';
import {
  AllocateIcon,
  BellIcon,
  RestockIcon,
  AnalyticsIcon,
  CheckCircleIcon,
  ChevronLeftIcon,
  ChevronRightIcon,
  InventoryIcon,
  LogoIcon,
  OrdersIcon,
  ScanIcon,
  SettingsIcon,
  ShippingIcon,
  TrackingIcon,
} from '@/components/icons';

type Icon = ComponentType<SVGProps<SVGSVGElement>>;

const AREA_ICONS: Record<Area, Icon> = {
  orders: OrdersIcon,
  tracking: TrackingIcon,
  shipping: ShippingIcon,
  inventory: InventoryIcon,
  analytics: AnalyticsIcon,
  settings: SettingsIcon,
};

/**
 * Screens people spend their day in get their own entry under their area: the review queue for
 * store staff, allocation and waybill entry for the warehouse.
 */
const SUB_LINKS: Partial<Record<Area, readonly { path: string; labelKey: string; Icon: Icon }[]>> =
  {
    orders: [
      { path: `${paths.orders}/review`, labelKey: 'nav.reviewQueue', Icon: CheckCircleIcon },
    ],
    shipping: [
      { path: paths.allocate, labelKey: 'nav.allocate', Icon: AllocateIcon },
      { path: paths.waybills, labelKey: 'nav.waybills', Icon: ScanIcon },
    ],
    inventory: [
      { path: paths.stockAlerts, labelKey: 'nav.stockAlerts', Icon: BellIcon },
      { path: paths.replenishment, labelKey: 'nav.replenishment', Icon: RestockIcon },
    ],
  };

/** The areas the signed-in role may use, and nothing else. Collapses to icons to give tables room. */
export function Sidebar() {
  const { t } = useTranslation('common');
  const user = useCurrentUser();
  const collapsed = usePreferences((state) => state.sidebarCollapsed);
  const setCollapsed = usePreferences((state) => state.setSidebarCollapsed);
  const areas = user ? areasFor(user.role) : [];
  const { pathname } = useLocation();

  return (
    <aside
      className={cn(
        'flex shrink-0 flex-col border-r border-slate-800 bg-slate-900 text-slate-300 transition-[width]',
        collapsed ? 'w-14' : 'w-52',
      )}
    >
      <div
        className={cn(
          'flex h-12 items-center gap-2 border-b border-slate-800',
          collapsed ? 'justify-center' : 'px-4',
        )}
      >
        <LogoIcon className="size-5 shrink-0 text-accent-300" />
        {!collapsed && (
          <span className="truncate text-sm font-semibold text-white">{t('appName')}</span>
        )}
      </div>
      <nav aria-label={t('nav.label')} className="flex-1 overflow-y-auto py-2">
        <ul className="flex flex-col gap-0.5 px-2">
          {areas.map((area) => {
            const Icon = AREA_ICONS[area];
            const label = t(`area.${area}`);
            const subLinks = SUB_LINKS[area] ?? [];
            // On one of its sub-screens, that entry is the current page, not the area as well.
            const onSubLink = subLinks.some((link) => pathname.startsWith(link.path));
            return (
              <li key={area}>
                <NavLink
                  to={areaPath(area)}
                  aria-current={onSubLink ? false : 'page'}
                  title={collapsed ? label : undefined}
                  className={({ isActive }) =>
                    cn(
                      'relative flex h-8 items-center gap-2.5 rounded-md text-sm transition-colors',
                      collapsed ? 'justify-center' : 'px-2.5',
                      isActive && !onSubLink
                        ? 'bg-slate-700/80 font-medium text-white'
                        : 'text-slate-300 hover:bg-slate-800 hover:text-white',
                    )
                  }
                >
                  <Icon className="size-4 shrink-0" />
                  <span className={collapsed ? 'sr-only' : 'truncate'}>{label}</span>
                  {area === 'tracking' && <ExceptionCountBadge collapsed={collapsed} />}
                </NavLink>
                {subLinks.map((link) => (
                  <NavLink
                    key={link.path}
                    to={link.path}
                    title={collapsed ? t(link.labelKey) : undefined}
                    className={({ isActive }) =>
                      cn(
                        'mt-0.5 flex h-8 items-center gap-2.5 rounded-md text-sm transition-colors',
                        collapsed ? 'justify-center' : 'pr-2.5 pl-9',
                        isActive
                          ? 'bg-slate-700/80 font-medium text-white'
                          : 'text-slate-300 hover:bg-slate-800 hover:text-white',
                      )
                    }
                  >
                    {collapsed && <link.Icon className="size-4 shrink-0" />}
                    <span className={collapsed ? 'sr-only' : 'truncate'}>{t(link.labelKey)}</span>
                  </NavLink>
                ))}
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="border-t border-slate-800 p-2">
        <button
          type="button"
          onClick={() => setCollapsed(!collapsed)}
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
          title={collapsed ? t('nav.expand') : t('nav.collapse')}
          className={cn(
            'flex h-8 w-full items-center gap-2 rounded-md text-xs text-slate-400 hover:bg-slate-800 hover:text-white',
            collapsed ? 'justify-center' : 'px-2.5',
          )}
        >
          {collapsed ? (
            <ChevronRightIcon className="size-4" />
          ) : (
            <ChevronLeftIcon className="size-4" />
          )}
          {!collapsed && <span aria-hidden="true">{t('nav.collapse')}</span>}
        </button>
      </div>
    </aside>
  );
}
