import { Suspense, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { Area } from '@/domain/access';
import type { Locale } from '@/lib/locales';
import { RequireArea, RequireSession, HomeRedirect } from './guards';
import { lazyPage, type LazyPage } from './lazy-page';
import { NotFoundPage } from './pages/not-found';
import { AppLoading } from './pages/app-loading';
import { RouteBoundary } from './route-boundary';

// Pages load lazily: each area's code arrives only when someone opens it, and with it the
// translation namespaces it declares (every one its components and dialogs use; a test checks).
const SignInPage = lazyPage(() => import('@/features/auth/routes/sign-in'), {
  namespaces: ['auth', 'common'],
});
// The frame (menus, header) loads with the first signed-in page, so sign-in stays light.
const AppLayout = lazyPage(
  async () => ({
    Component: (await import('./layout/app-layout')).AppLayout,
  }),
  { namespaces: ['common'] },
);
const OrderListPage = lazyPage(() => import('@/features/orders/routes/order-list'), {
  namespaces: ['orders', 'order-actions', 'export', 'table', 'tracking-events', 'common'],
});
const OrderDetailPage = lazyPage(() => import('@/features/orders/routes/order-detail'), {
  namespaces: ['orders', 'order-actions', 'tracking-events', 'common'],
});
const ReviewQueuePage = lazyPage(() => import('@/features/orders/routes/review-queue'), {
  namespaces: ['review', 'orders', 'order-actions', 'tracking-events', 'common'],
});
const ShippingPage = lazyPage(() => import('@/features/shipping/routes/shipping-home'), {
  namespaces: ['shipping', 'table', 'common'],
});
const AllocatePage = lazyPage(() => import('@/features/shipping/routes/allocate'), {
  namespaces: ['allocation', 'shipping', 'table', 'common'],
});
const WaybillsPage = lazyPage(() => import('@/features/shipping/routes/waybills'), {
  namespaces: ['waybills', 'waybill-import', 'shipping', 'common'],
});
const PickListPage = lazyPage(() => import('@/features/shipping/routes/pick-list'), {
  namespaces: ['pick-list', 'shipping', 'common'],
});
const StockListPage = lazyPage(() => import('@/features/inventory/routes/stock-list'), {
  namespaces: ['inventory', 'table', 'common'],
});
const StockAlertsPage = lazyPage(() => import('@/features/inventory/routes/alerts'), {
  namespaces: ['stock-alerts', 'inventory', 'table', 'common'],
});
const ReplenishmentPage = lazyPage(() => import('@/features/inventory/routes/replenishment'), {
  namespaces: ['replenishment', 'inventory', 'table', 'common'],
});
const AnalyticsPage = lazyPage(() => import('@/features/analytics/routes/dashboard'), {
  namespaces: ['analytics', 'analytics-charts', 'table', 'common'],
});
const ExceptionsQueuePage = lazyPage(() => import('@/features/tracking/routes/exceptions'), {
  namespaces: ['tracking', 'tracking-events', 'waybills', 'table', 'common'],
});
const SettingsPage = lazyPage(() => import('@/features/settings/routes/settings'), {
  namespaces: [
    'settings',
    'carrier-rules',
    'shipping',
    'notifications',
    'tracking-events',
    'common',
  ],
});

const SHIPPING_PAGES: Record<string, LazyPage> = {
  allocate: AllocatePage,
  waybills: WaybillsPage,
  'pick-list': PickListPage,
};

const INVENTORY_PAGES: Record<string, LazyPage> = {
  alerts: StockAlertsPage,
  replenishment: ReplenishmentPage,
};

const AREA_PAGES: Record<string, LazyPage> = {
  shipping: ShippingPage,
  inventory: StockListPage,
  analytics: AnalyticsPage,
  settings: SettingsPage,
};

/** The page a signed-in URL shows, when it is one of the lazy pages. */
function pageFor(pathname: string): LazyPage | undefined {
  const [area = '', sub] = pathname.split('/').filter(Boolean);
  if (area === 'orders') {
    if (sub === 'review') return ReviewQueuePage;
    return sub ? OrderDetailPage : OrderListPage;
  }
  if (area === 'shipping' && sub) return SHIPPING_PAGES[sub];
  if (area === 'inventory' && sub) return INVENTORY_PAGES[sub];
  if (area === 'tracking') return ExceptionsQueuePage;
  return AREA_PAGES[area];
}

/**
 * Starts fetching the code and catalogues the first screen needs, all at once, instead of one lazy level after
 * another (layout, then page) once React reaches them. Settles when it is here or has failed (a
 * failure is reported when the page renders and imports again).
 */
export function preloadRouteCode(
  pathname: string,
  signedIn: boolean,
  locale: Locale,
): Promise<void> {
  const pages = signedIn ? [AppLayout, pageFor(pathname)] : [SignInPage];
  return Promise.all(pages.map((page) => page?.preload(locale).catch(() => undefined))).then(
    () => undefined,
  );
}

/** An area's only page, behind the role check. */
function areaRoute(area: Area, Page: ComponentType) {
  return (
    <Route path={area} element={<RequireArea area={area} />}>
      <Route index element={<Page />} />
    </Route>
  );
}

/**
 * Every route of the app. The browser and the test helper both render this inside their router,
 * so tests exercise the same guards, layout and lazy pages as users do. Errors on a signed-in page
 * are caught inside the layout (see AppLayout); this boundary catches the rest, such as the
 * layout's own code failing to load.
 */
export function AppRoutes() {
  return (
    <RouteBoundary>
      <Suspense fallback={<AppLoading />}>
        <Routes>
          <Route path="sign-in" element={<SignInPage />} />
          <Route element={<RequireSession />}>
            <Route element={<AppLayout />}>
              <Route index element={<HomeRedirect />} />
              <Route path="orders" element={<RequireArea area="orders" />}>
                <Route index element={<OrderListPage />} />
                <Route path="review" element={<ReviewQueuePage />} />
                <Route path=":orderId" element={<OrderDetailPage />} />
              </Route>
              <Route path="shipping" element={<RequireArea area="shipping" />}>
                <Route index element={<ShippingPage />} />
                <Route path="allocate" element={<AllocatePage />} />
                <Route path="waybills" element={<WaybillsPage />} />
                <Route path="pick-list" element={<PickListPage />} />
              </Route>
              <Route path="inventory" element={<RequireArea area="inventory" />}>
                <Route index element={<StockListPage />} />
                <Route path="alerts" element={<StockAlertsPage />} />
                <Route path="replenishment" element={<ReplenishmentPage />} />
              </Route>
              <Route path="tracking" element={<RequireArea area="tracking" />}>
                <Route index element={<Navigate to="exceptions" replace />} />
                <Route path="exceptions" element={<ExceptionsQueuePage />} />
              </Route>
              {areaRoute('analytics', AnalyticsPage)}
              {areaRoute('settings', SettingsPage)}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </Suspense>
    </RouteBoundary>
  );
}
