import { act, render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import type { I18n } from '@/i18n';
import { useLayoutEffect } from 'react';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
  type To,
} from 'react-router';
import { RuntimeConfig, type DemoControls } from '@/api/contract/runtime';
import { createRestBackend } from '@/api/rest/client';
import { currentToken, useSessionStore } from '@/api/session-store';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { AppRoutes } from '@/app/routes';
import { expireSession } from '@/app/session';
import { createI18n } from '@/i18n';
import type { Locale } from '@/lib/locales';
import { getMockServer } from './mock-server';

export const TEST_API_BASE = 'http://localhost/api';

/** The demo accounts of the mock backend, one per role. */
export type DemoUsername = 'store.sh' | 'warehouse.sh' | 'manager.east' | 'admin';

export interface RenderAppOptions {
  /** The URL to open, e.g. '/orders?status=pending_review'. */
  route?: string;
  /** Signed in as this demo user before the first render; signed out when omitted. */
  as?: DemoUsername;
  locale?: Locale;
  /** Offer demo controls (reset) as the embedded mock backend does; reset restores the test seed. */
  withDemo?: boolean;
  /**
   * Translations as the app loads them: only the bundled namespaces at first, the rest with the
   * pages that declare them. Without it every catalogue is loaded before the first render.
   */
  lazyCatalogues?: boolean;
}

/** The rendered app's router as tests see it: where it is now, and a way to move through history. */
export interface TestRouter {
  readonly state: { readonly location: Location };
  /** A path, or a step through history (-1 is the browser's Back button). */
  navigate(to: To | number): Promise<void>;
}

type RouterListener = (location: Location, navigate: NavigateFunction) => void;

/** Sits inside the router and tells the test where the app is and how to move it. */
function RouterProbe({ onLocation }: { onLocation: RouterListener }) {
  const location = useLocation();
  const navigate = useNavigate();
  useLayoutEffect(() => {
    onLocation(location, navigate);
  }, [onLocation, location, navigate]);
  return null;
}

function createTestRouter(): { router: TestRouter; onLocation: RouterListener } {
  let current: { location: Location; navigate: NavigateFunction } | null = null;
  const rendered = () => {
    if (!current) throw new Error('the app has not rendered yet');
    return current;
  };
  const router: TestRouter = {
    get state() {
      return { location: rendered().location };
    },
    async navigate(to) {
      const { navigate } = rendered();
      await act(async () => {
        if (typeof to === 'number') await navigate(to);
        else await navigate(to);
      });
    },
  };
  return {
    router,
    onLocation: (location, navigate) => {
      current = { location, navigate };
    },
  };
}

export interface RenderAppResult extends RenderResult {
  user: UserEvent;
  router: TestRouter;
  queryClient: QueryClient;
  i18n: I18n;
  demo: DemoControls | null;
}

/**
 * Renders the whole app at a URL: the real routes, guards, layout, lazy pages and providers,
 * talking over HTTP to the mock backend (MSW), with a fresh QueryClient that does not retry.
 */
export async function renderApp({
  route = '/',
  as,
  locale = 'zh-CN',
  withDemo = false,
  lazyCatalogues = false,
}: RenderAppOptions = {}): Promise<RenderAppResult> {
  const mock = getMockServer();
  if (as) useSessionStore.getState().signedIn(mock.sessionFor(as));

  const config = RuntimeConfig.parse({
    backend: 'rest',
    apiBaseUrl: TEST_API_BASE,
    defaultLocale: locale,
  });
  const demo: DemoControls | null = withDemo
    ? {
        reset: async () => {
          mock.reset();
        },
        faults: { latencyMs: 0, failureRatio: 0 },
      }
    : null;
  const i18n = await createI18n(locale, { lazy: lazyCatalogues });
  const backend = createRestBackend({ baseUrl: TEST_API_BASE, getToken: currentToken });
  const queryClient = createQueryClient({ onSessionRejected: expireSession, retry: false });
  const { router, onLocation } = createTestRouter();

  const result = render(
    <AppProviders services={{ backend, config, demo, queryClient, i18n }}>
      <MemoryRouter initialEntries={[route]}>
        <RouterProbe onLocation={onLocation} />
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, user: userEvent.setup(), router, queryClient, i18n, demo };
}

/** The current URL of a rendered app, path and query: what the address bar would show. */
export function currentUrl(router: TestRouter): string {
  const { pathname, search } = router.state.location;
  return pathname + search;
}
