import type { RouteObject } from 'react-router';
import type { Area } from '@/domain/access';
import { RequireArea, RequireSession, HomeRedirect } from './guards';
import { NotFoundPage } from './pages/not-found';
import { RouteError } from './pages/route-error';
import { AppLoading } from './pages/app-loading';

/** A signed-in area: the role check, then its pages; errors below it are shown inside the layout. */
function areaRoute(area: Area, children: RouteObject[]): RouteObject {
  return { path: area, element: <RequireArea area={area} />, errorElement: <RouteError />, children };
}

/**
 * Every route of the app. The browser router and the test helper both build from this, so tests
 * exercise the same guards, layout and lazy pages as users do. Pages load lazily: each area's code
 * arrives only when someone opens it.
 */
export function createRoutes(): RouteObject[] {
  return [
    {
      id: 'root',
      HydrateFallback: AppLoading,
      errorElement: <RouteError />,
      children: [
        { path: 'sign-in', lazy: () => import('@/features/auth/routes/sign-in') },
        {
          element: <RequireSession />,
          children: [
            {
              // The frame (menus, dialogs) loads with the first signed-in page, so sign-in stays light.
              lazy: async () => ({ Component: (await import('./layout/app-layout')).AppLayout }),
              errorElement: <RouteError />,
              children: [
                { index: true, element: <HomeRedirect /> },
                areaRoute('orders', [
                  { index: true, lazy: () => import('@/features/orders/routes/order-list') },
                  { path: ':orderId', lazy: () => import('@/features/orders/routes/order-detail') },
                ]),
                areaRoute('shipping', [{ index: true, lazy: () => import('@/features/shipping/routes/shipping-home') }]),
                areaRoute('inventory', [{ index: true, lazy: () => import('@/features/inventory/routes/stock-list') }]),
                areaRoute('analytics', [{ index: true, lazy: () => import('@/features/analytics/routes/dashboard') }]),
                areaRoute('settings', [{ index: true, lazy: () => import('@/features/settings/routes/settings') }]),
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ];
}
