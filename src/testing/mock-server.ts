import { createMockServer } from '@mocks/node';

type MockServer = ReturnType<typeof createMockServer>;

let instance: MockServer | null = null;

/**
 * The mock backend for this test file, seeded on first use. Vitest isolates test files, so each
 * file gets its own; tests add error cases with `getMockServer().server.use(...)`. A file that
 * needs more data than the default seeds it by calling this with options before anything else.
 */
export function getMockServer(options?: Parameters<typeof createMockServer>[0]): MockServer {
  instance ??= createMockServer(options);
  return instance;
}

/** The MSW server handle, for `mockServer().use(http.get(...))` in a test. */
export function mockServer(): MockServer['server'] {
  return getMockServer().server;
}
