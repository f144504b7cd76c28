import type { FaultSettings } from '@/api/contract';
import { MockDb } from './db/database';
import { createHandlers, type MockContext } from './handlers';
import { DEFAULT_SEED, generateSeed, type SeedData } from './seed';

export interface MockBackendOptions {
  seed?: number;
  orders?: number;
  /** The moment the data is generated around (default: now). */
  now?: number;
  faults?: Partial<FaultSettings>;
  /** MSW pattern of the API base, e.g. "*\/api". */
  base?: string;
  /** New orders per hour while the mock runs; default 0, so tests see fixed data. */
  arrivalsPerHour?: number;
  /** Products to stock (default: the catalogue's ~300); more for benchmarks, see SeedOptions. */
  skus?: number;
}

export interface MockBackend {
  db: MockDb;
  ctx: MockContext;
  data: SeedData;
  handlers: ReturnType<typeof createHandlers>;
}

/** Seeds the tables and builds the handlers over them; shared by the browser, vitest and the Node server. */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const data = generateSeed({
    seed: options.seed ?? DEFAULT_SEED,
    orders: options.orders ?? 20_000,
    now: options.now,
    skus: options.skus,
  });
  const db = new MockDb(data);
  const ctx: MockContext = {
    db,
    faults: {
      latencyMs: options.faults?.latencyMs ?? 0,
      failureRatio: options.faults?.failureRatio ?? 0,
    },
    now: () => Date.now(),
    arrivalsPerHour: options.arrivalsPerHour ?? 0,
    random: () => Math.random(),
  };
  // Stock changes that do not say when (a fixture reserving stock) happen at the backend's now.
  db.clock = () => ctx.now();
  return { db, ctx, data, handlers: createHandlers(ctx, options.base) };
}
