/// <reference lib="webworker" />
/**
 * The demo backend's data and handlers, in a dedicated worker: seeding 20,000 orders and answering
 * queries never holds up the page's main thread. The page forwards each intercepted request here.
 */
import './worker-env';
import { getResponse } from 'msw';
import { del, get, set } from 'idb-keyval';
import type { RuntimeConfig } from '@/api/contract';
import { createMockBackend, type MockBackend } from './create';
import { basePattern } from './handlers';
import { generateSeed } from './seed';
import { DAY } from './db/time';
import type { Overlay } from './db/types';
import type { FromWorker, ToWorker } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

const STORAGE_KEY = 'order-desk.mock.v1';
/** After this long the demo data is regenerated around the present, so "recent" stays recent. */
const ANCHOR_LIFETIME_MS = 7 * DAY;

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

let backend: MockBackend | null = null;
let config: RuntimeConfig | null = null;
let seededAt = 0;
/** Changes not yet written to IndexedDB; written before the answer that made them is sent. */
let unsaved: Overlay | null = null;

function post(message: FromWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

async function init(runtime: RuntimeConfig, faults: { latencyMs: number; failureRatio: number }) {
  config = runtime;
  const { seed, orders, persist } = runtime.mock;
  const saved = persist ? await readPersisted(runtime) : null;
  backend = createMockBackend({
    seed,
    orders,
    now: saved?.seededAt,
    base: basePattern(runtime.apiBaseUrl),
    faults,
    arrivalsPerHour: runtime.mock.arrivalsPerHour,
  });
  if (saved) backend.db.applyOverlay(saved.overlay);
  seededAt = backend.data.now;
  if (persist) {
    // The data is generated around the moment of seeding: keep that moment from the first answer
    // on, so a reload before any change shows the same orders (a draft typed against them stays valid).
    if (!saved) unsaved = backend.db.exportOverlay();
    backend.db.onChange((overlay) => {
      unsaved = overlay;
    });
  }
}

/** A change the user was told succeeded must survive a reload that follows at once. */
async function saveChanges(): Promise<void> {
  if (!unsaved || !config) return;
  const overlay = unsaved;
  unsaved = null;
  const { seed, orders } = config.mock;
  await set(STORAGE_KEY, { seed, orders, seededAt, overlay } satisfies Persisted).catch(
    () => undefined,
  );
}

async function answer(message: Extract<ToWorker, { type: 'request' }>) {
  const request = new Request(message.url, {
    method: message.method,
    headers: message.headers,
    body: message.body,
  });
  const response = backend ? await getResponse(backend.handlers, request) : undefined;
  await saveChanges();
  if (!response) {
    post({ type: 'response', id: message.id, response: null });
    return;
  }
  const body = await response.arrayBuffer();
  post(
    {
      type: 'response',
      id: message.id,
      response: {
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        body,
      },
    },
    [body],
  );
}

async function reset(id: number) {
  unsaved = null;
  if (backend && config) {
    if (config.mock.persist) await del(STORAGE_KEY).catch(() => undefined);
    const fresh = generateSeed({ seed: config.mock.seed, orders: config.mock.orders });
    seededAt = fresh.now;
    backend.db.load(fresh);
    if (config.mock.persist) unsaved = backend.db.exportOverlay();
  }
  post({ type: 'reset-done', id });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    init(message.config, message.faults).then(
      () => post({ type: 'ready' }),
      (error: unknown) =>
        post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  } else if (message.type === 'request') {
    void answer(message);
  } else {
    void reset(message.id);
  }
};
