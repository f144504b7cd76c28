// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderPage, Session } from '@/api/contract';
import { startMockHttpServer, type MockHttpServer } from './server';

let server: MockHttpServer;

beforeAll(async () => {
  server = await startMockHttpServer({ port: 0, orders: 1_000, seed: 5 });
});
afterAll(() => server.close());

describe('the mock backend over real HTTP', () => {
  it('listens on 127.0.0.1 on an ephemeral port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    expect(server.orders).toBe(1_000);
  });

  it('signs in and lists orders with real fetch, with CORS headers', async () => {
    const signIn = await fetch(`${server.url}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:4173' },
      body: JSON.stringify({ username: 'admin', password: 'demo' }),
    });
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get('access-control-allow-origin')).toBe('*');
    const session = Session.parse(await signIn.json());
    const list = await fetch(`${server.url}/orders?pageSize=5`, {
      headers: { Authorization: `Bearer ${session.token}` },
    });
    const page = OrderPage.parse(await list.json());
    expect(page.items).toHaveLength(5);
    expect(page.total).toBe(1_000);
  });

  it('answers a CORS preflight', async () => {
    const response = await fetch(`${server.url}/orders`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:4173',
        'Access-Control-Request-Headers': 'authorization,idempotency-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
  });

  it('answers unknown paths and missing tokens with problem+json', async () => {
    const unknown = await fetch(`${server.url}/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const anonymous = await fetch(`${server.url}/orders`);
    expect(anonymous.status).toBe(401);
  });
});
