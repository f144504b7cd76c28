import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockServer, type MockServer } from '../node';

export const API = 'http://order-desk.test/api';

/** One mock server per test file, listening for the file's lifetime and reset after each test. */
export function useMockServer(options: Parameters<typeof createMockServer>[0] = {}): MockServer {
  const mock = createMockServer({ orders: 1_500, ...options });
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    mock.reset();
    mock.ctx.faults.failureRatio = 0;
    mock.ctx.faults.latencyMs = 0;
  });
  afterAll(() => mock.server.close());
  return mock;
}

export function authed(
  mock: MockServer,
  username: string,
): (path: string, init?: RequestInit) => Promise<Response> {
  const { token } = mock.sessionFor(username);
  return (path, init = {}) =>
    fetch(`${API}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    });
}
