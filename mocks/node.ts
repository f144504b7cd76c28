import { setupServer, type SetupServer } from 'msw/node';
import type { Session } from '@/api/contract';
import { createMockBackend } from './create';
import type { MockDb } from './db/database';
import { issueSession, type MockContext } from './handlers';

export interface MockServerOptions {
  seed?: number;
  /** Default 2,000: enough for every status and filter, small enough for fast tests. */
  orders?: number;
  now?: Date;
  /** Products to stock (default: the catalogue's ~300). */
  skus?: number;
}

export interface MockServer {
  server: SetupServer;
  db: MockDb;
  /** Fault switch and clock of the handlers; tests may change them. */
  ctx: MockContext;
  /** A valid session of a demo user (store.sh, warehouse.sh, manager.east, admin). */
  sessionFor(username: string): Session;
  /** Drops every change made through the API since seeding. */
  reset(): void;
}

/** The mock backend for vitest: `server.listen()` in beforeAll, `reset()` after each test. */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const backend = createMockBackend({
    seed: options.seed,
    orders: options.orders ?? 2_000,
    now: options.now?.getTime(),
    skus: options.skus,
  });
  const { db, ctx, data } = backend;
  return {
    server: setupServer(...backend.handlers),
    db,
    ctx,
    sessionFor(username) {
      const user = db.users.find((u) => u.username === username);
      if (!user)
        throw new Error(
          `no demo user ${username}; try ${db.users.map((u) => u.username).join(', ')}`,
        );
      return issueSession(user, ctx.now());
    },
    reset() {
      db.load(data);
    },
  };
}
