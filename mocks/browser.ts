import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import type { DemoControls, RuntimeConfig } from '@/api/contract';
import { resolveFaults } from './faults';
import type { FromWorker, SerializedResponse, ToWorker } from './worker-protocol';

/**
 * Starts the demo backend: the data and handlers live in a dedicated worker (mocks/worker.ts), and
 * MSW's service worker hands every API request of the page to it. The service worker installs while
 * the data seeds; a request that arrives before the data is ready waits for it.
 */
export async function start(config: RuntimeConfig): Promise<DemoControls> {
  const faults = resolveFaults(config, window.location.search, window.sessionStorage);
  const dataWorker = new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'demo-backend',
  });
  const pending = new Map<number, (message: FromWorker) => void>();
  let nextId = 1;

  const ready = new Promise<void>((resolve, reject) => {
    dataWorker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'ready') resolve();
      else if (message.type === 'failed') reject(new Error(message.message));
      else pending.get(message.id)?.(message);
    });
    dataWorker.addEventListener('error', (event) =>
      reject(new Error(event.message || 'the demo backend failed to start')),
    );
  });

  function ask(
    message: ToWorker & { id: number },
    transfer: Transferable[] = [],
  ): Promise<FromWorker> {
    return new Promise((resolve) => {
      pending.set(message.id, (reply) => {
        pending.delete(message.id);
        resolve(reply);
      });
      dataWorker.postMessage(message, transfer);
    });
  }

  dataWorker.postMessage({ type: 'init', config, faults } satisfies ToWorker);

  // An absolute pattern: a looser one such as "*/api/*" would also catch the app's own modules
  // (e.g. /src/api/... in development), including those this very worker is loading.
  const apiBase = new URL(config.apiBaseUrl, window.location.origin).href.replace(/\/$/, '');
  const worker = setupWorker(
    http.all(`${apiBase}/*`, async ({ request }) => {
      await ready;
      const body =
        request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
      const reply = await ask(
        {
          type: 'request',
          id: nextId++,
          method: request.method,
          url: request.url,
          headers: [...request.headers],
          body,
        },
        body ? [body] : [],
      );
      const response: SerializedResponse | null = reply.type === 'response' ? reply.response : null;
      if (!response) return undefined;
      return new Response(response.body.byteLength ? response.body : null, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    }),
  );
  await Promise.all([
    worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    }),
    ready,
  ]);

  return {
    faults,
    async reset() {
      await ask({ type: 'reset', id: nextId++ });
    },
  };
}
