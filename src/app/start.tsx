import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import type { DemoControls, RuntimeConfig } from '@/api/contract/runtime';
import { createRestBackend } from '@/api/rest/client';
import { currentToken } from '@/api/session-store';
import { createI18n } from '@/i18n';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/locales';
import { warmFormats } from '@/lib/format';
import { usePreferences } from '@/lib/preferences';
import { startMockBackend } from './early-config';
import { BootError } from './pages/boot-error';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { AppRoutes, preloadRouteCode } from './routes';
import { loadRuntimeConfig } from './runtime-config';
import { expireSession } from './session';

function preferredLocale(fallback: Locale): Locale {
  const stored = usePreferences.getState().locale;
  return isLocale(stored) ? stored : fallback;
}

async function renderBootError(
  root: Root,
  locale: Locale,
  kind: 'config' | 'backend',
  error: unknown,
) {
  const i18n = await createI18n(locale);
  const detail = error instanceof Error ? error.message : String(error);
  root.render(
    <BootError
      title={i18n.t(`common:boot.${kind}Title`)}
      message={i18n.t(`common:boot.${kind}Body`)}
      detail={detail}
      retryLabel={i18n.t('common:actions.reload')}
    />,
  );
}

/** Reads the runtime configuration, starts the chosen backend, then renders the app. */
export async function startApp(root: Root, configResponse?: Promise<Response>): Promise<void> {
  // The configured default language is not known yet; a remembered choice is (or else the default).
  const routeCode = preloadRouteCode(
    window.location.pathname,
    currentToken() !== null,
    preferredLocale(DEFAULT_LOCALE),
  );
  let config: RuntimeConfig;
  try {
    config = await loadRuntimeConfig(undefined, configResponse);
  } catch (error) {
    await renderBootError(root, preferredLocale(DEFAULT_LOCALE), 'config', error);
    return;
  }

  const locale = preferredLocale(config.defaultLocale);
  // The demo backend seeds while the app renders: requests wait for it, the first screen does not.
  const mockStarting = config.backend === 'mock' ? startMockBackend(config) : null;
  mockStarting?.catch((error: unknown) => renderBootError(root, locale, 'backend', error));
  const demo = mockStarting ? deferredDemoControls(config, mockStarting) : null;

  const backend = createRestBackend({
    baseUrl: config.apiBaseUrl,
    getToken: currentToken,
    fetch: mockStarting
      ? async (input, init) => {
          await mockStarting;
          return fetch(input, init);
        }
      : undefined,
  });
  const queryClient = createQueryClient({ onSessionRejected: expireSession });

  // The first screen's code and catalogues have been on their way since the start. Rendering once
  // they are here shows the page directly; rendering before would show the loading state and then
  // hold the page back for React's reveal delay. A slow network still gets the loading state after
  // a moment. The translations are set up only now, so they start with the page's catalogues.
  await Promise.race([routeCode, delay(1500)]);
  const i18n = await createI18n(locale, { lazy: true });
  root.render(
    <StrictMode>
      <AppProviders services={{ backend, config, demo, queryClient, i18n }}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
  whenIdle(() => warmFormats(i18n.language, config.timeZone));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Work worth doing before it is needed, in a moment the page has nothing else to do. */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 200);
}

/** Demo controls usable at once: they act on the mock backend as soon as it has started. */
function deferredDemoControls(
  config: RuntimeConfig,
  starting: Promise<DemoControls>,
): DemoControls {
  let started: DemoControls | null = null;
  void starting.then((controls) => {
    started = controls;
  });
  return {
    get faults() {
      return (
        started?.faults ?? {
          latencyMs: config.mock.latencyMs,
          failureRatio: config.mock.failureRatio,
        }
      );
    },
    async reset() {
      await (await starting).reset();
    },
  };
}
