import { getResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { del, get, set } from 'idb-keyval';
import type { DemoControls, RuntimeConfig } from '@/api/contract';
import { createMockBackend } from './create';
import { resolveFaults } from './faults';
import { basePattern } from './handlers';
import { generateSeed } from './seed';
import { DAY } from './db/time';
import type { Overlay } from './db/types';

const STORAGE_KEY = 'order-desk.mock.v1';
/** After this long the demo data is regenerated around the present, so "recent" stays recent. */
const ANCHOR_LIFETIME_MS = 7 * DAY;
const SAVE_DELAY_MS = 250;

interface Persisted {
  seed: number;
  orders: number;
  seededAt: number;
  overlay: Overlay;
}

async function readPersisted(config: RuntimeConfig): Promise<Persisted | null> {
  try {
    const saved = await get<Persisted>(STORAGE_KEY);
    if (!saved || saved.seed !== config.mock.seed || saved.orders !== config.mock.orders)
      return null;
    if (Date.now() - saved.seededAt > ANCHOR_LIFETIME_MS) return null;
    return saved;
  } catch {
    // Private windows may refuse IndexedDB: the demo then simply does not remember changes.
    return null;
  }
}

/**
 * Seeds the demo data, puts back saved changes and starts the service worker. The worker is
 * registered first, so that its installation (off the main thread) overlaps the seeding (on it);
 * a request that arrives before the data is ready waits for it.
 */
export async function start(config: RuntimeConfig): Promise<DemoControls> {
  const { seed, orders, persist } = config.mock;
  const base = basePattern(config.apiBaseUrl);
  let answer: ((request: Request) => Promise<Response | undefined>) | null = null;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const worker = setupWorker(
    http.all(`${base}/*`, async ({ request }) => {
      await ready;
      return answer?.(request);
    }),
  );
  const workerStarted = worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });

  const saved = persist ? await readPersisted(config) : null;
  const backend = createMockBackend({ seed, orders, now: saved?.seededAt, base });
  const { db, ctx } = backend;
  Object.assign(ctx.faults, resolveFaults(config, window.location.search, window.sessionStorage));
  if (saved) db.applyOverlay(saved.overlay);
  answer = (request) => getResponse(backend.handlers, request);
  markReady();

  let seededAt = backend.data.now;
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (persist) {
    db.onChange((overlay) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void set(STORAGE_KEY, { seed, orders, seededAt, overlay } satisfies Persisted).catch(
          () => undefined,
        );
      }, SAVE_DELAY_MS);
    });
  }

  await workerStarted;

  return {
    faults: ctx.faults,
    async reset() {
      clearTimeout(timer);
      if (persist) await del(STORAGE_KEY).catch(() => undefined);
      const fresh = generateSeed({ seed, orders });
      seededAt = fresh.now;
      db.load(fresh);
    },
  };
}
