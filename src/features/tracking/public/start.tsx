import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { RuntimeConfig } from '@/api/contract/runtime';
import { I18nProvider } from '@/i18n/react';
import { createPublicTrackingApi } from './api';
import { createTrackI18n, initialLocale } from './locale';
import { TrackingPage } from './tracking-page';
import { tokenInUrl } from './use-public-tracking';

/** What the page borrows from the app's start: the configuration request and the demo backend. */
export interface PublicTrackingBoot {
  /** The answer to the configuration request the entry sent first thing (a copy to read). */
  configResponse: Promise<Response>;
  /** The app's full reading of the configuration, defaults included: the demo backend needs it. */
  loadFullConfig(): Promise<RuntimeConfig>;
  /** Loads the embedded demo backend by URL (config.json backend "mock"). */
  startMockBackend(config: RuntimeConfig): Promise<unknown>;
}

/** The two settings the page itself needs, read without the configuration's schema. */
interface PageConfig {
  backend: RuntimeConfig['backend'];
  apiBaseUrl: string;
}

async function readPageConfig(configResponse: Promise<Response>): Promise<PageConfig> {
  const response = await configResponse;
  if (!response.ok) throw new Error(`config.json answered HTTP ${response.status}`);
  const json: unknown = await response.json();
  const { backend, apiBaseUrl = '/api' } = (json ?? {}) as Partial<Record<string, unknown>>;
  if ((backend !== 'mock' && backend !== 'rest') || typeof apiBaseUrl !== 'string' || !apiBaseUrl) {
    throw new Error('config.json is not valid: backend and apiBaseUrl');
  }
  return { backend, apiBaseUrl };
}

/**
 * Starts /track: the configuration, the demo backend when configured, the page's catalogues,
 * then the page. None of the staff app is loaded: no router, no query cache, no sign-in.
 */
export async function startPublicTracking(root: Root, boot: PublicTrackingBoot): Promise<void> {
  const i18nReady = createTrackI18n(initialLocale());
  let config: PageConfig;
  try {
    config = await readPageConfig(boot.configResponse);
  } catch (error) {
    console.error(error);
    const i18n = await i18nReady;
    root.render(
      <p role="alert" className="p-6 text-center text-slate-700">
        {i18n.t('error.boot')}
      </p>,
    );
    return;
  }

  // Lookups wait for the demo backend; the form shows at once.
  const mockStarting =
    config.backend === 'mock'
      ? boot.loadFullConfig().then((full) => boot.startMockBackend(full))
      : null;
  mockStarting?.catch((error: unknown) => console.error(error));
  const api = createPublicTrackingApi({
    baseUrl: config.apiBaseUrl,
    fetch: mockStarting
      ? async (input, init) => {
          await mockStarting;
          return fetch(input, init);
        }
      : undefined,
  });

  const i18n = await i18nReady;
  root.render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <TrackingPage api={api} initialToken={tokenInUrl()} />
      </I18nProvider>
    </StrictMode>,
  );
}
