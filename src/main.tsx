// First, so the configuration request leaves before anything else is loaded or evaluated.
import { earlyConfigResponse, startMockBackend } from '@/app/early-config';
import './index.css';

/**
 * A small entry that only chooses what to load: the public tracking page (/track, for customers)
 * must not download the staff app, and the staff app must not wait for anything of the page.
 */
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

if (/^\/track(\/|$)/.test(window.location.pathname)) {
  void Promise.all([import('react-dom/client'), import('@/features/tracking/public/start')]).then(
    ([{ createRoot }, { startPublicTracking }]) =>
      startPublicTracking(createRoot(container), {
        // The page reads its two settings from a copy; the full reading (for the demo backend) the original.
        configResponse: earlyConfigResponse.then((response) => response.clone()),
        loadFullConfig: () =>
          import('@/app/runtime-config').then(({ loadRuntimeConfig }) =>
            loadRuntimeConfig(undefined, earlyConfigResponse),
          ),
        startMockBackend,
      }),
  );
} else {
  void Promise.all([import('react-dom/client'), import('@/app/start')]).then(
    ([{ createRoot }, { startApp }]) => startApp(createRoot(container), earlyConfigResponse),
  );
}
