import type { DemoControls, MockEntry, RuntimeConfig } from '@/api/contract/runtime';

/**
 * Sent first by the entry, so the configuration is requested before React and the rest of the
 * app have been loaded: the answer is usually back by the time they are ready for it. The same
 * request as requestRuntimeConfig (runtime-config.ts), written out here because that module brings
 * the configuration's schema, which the public tracking page does not download.
 */
export const earlyConfigResponse: Promise<Response> = fetch('/config.json', {
  cache: 'no-store',
  headers: { Accept: 'application/json' },
});
// Reported where it is awaited; this keeps an early failure from being "unhandled" meanwhile.
earlyConfigResponse.catch(() => undefined);

/**
 * The embedded demo backend, loaded by URL so that none of its code is part of the app's bundle.
 * In development Vite serves the source file; the production build emits it as its own file.
 * Here rather than in the app's start because the public tracking page starts it too.
 */
export async function startMockBackend(config: RuntimeConfig): Promise<DemoControls> {
  const entry = import.meta.env.DEV ? '/mocks/browser.ts' : '/assets/mock-backend.js';
  const mock = (await import(/* @vite-ignore */ entry)) as MockEntry;
  return mock.start(config);
}
