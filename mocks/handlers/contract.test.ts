// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/v4/core';
import { endpoints, type EndpointName } from '@/api/contract';
import type { MockServer } from '../node';
import { API, useMockServer } from './test-server';

const mock = useMockServer();

interface Call {
  user: string | null;
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

function urlOf(
  path: string,
  params: Record<string, string> = {},
  query: Record<string, unknown> = {},
): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  const text = search.toString();
  return `${API}${filled}${text ? `?${text}` : ''}`;
}

const someOrder = (m: MockServer) =>
  m.db.orders.find((o) => o.shipment?.exception) ?? m.db.orders[0]!;
const lastMonth = { from: '2026-10-01', to: '2026-10-31' };

/** A successful call of every endpoint: a new endpoint without an entry here fails to compile. */
const CALLS: Record<EndpointName, (m: MockServer) => Call[]> = {
  signIn: () => [{ user: null, body: { username: 'store.sh', password: 'demo' } }],
  currentSession: () => [{ user: 'warehouse.sh' }],
  signOut: () => [{ user: 'admin' }],
  demoAccounts: () => [{ user: null }],
  listStores: () => [{ user: 'admin' }, { user: 'manager.east' }],
  listLocations: () => [{ user: 'warehouse.sh' }, { user: 'admin' }],
  listProducts: () => [
    { user: 'admin', query: { category: ['休闲零食'], q: '坚果', pageSize: 10 } },
    { user: 'store.sh' },
  ],
  listStock: () => [
    { user: 'warehouse.sh', query: { status: ['low', 'out'] } },
    { user: 'admin', query: { pageSize: 1000 } },
  ],
  listTags: () => [{ user: 'store.sh' }],
  listOrders: (m) => [
    { user: 'admin', query: { pageSize: 1000 } },
    { user: 'store.sh', query: { sort: '-total', status: 'completed' } },
    { user: 'warehouse.sh', query: { status: 'allocated' } },
    { user: 'manager.east', query: { q: m.db.customerOf(someOrder(m)).phone.slice(-4) } },
  ],
  orderCounts: () => [
    { user: 'admin', query: { region: ['east', 'south'] } },
    { user: 'store.sh' },
  ],
  getOrder: (m) =>
    ['unpaid', 'on_hold', 'allocated', 'delivered', 'completed', 'cancelled']
      .map((status) => m.db.orders.find((o) => o.status === status))
      .concat([someOrder(m)])
      .filter((o) => o !== undefined)
      .map((o) => ({ user: 'admin', params: { id: o.id } })),
  revealPhone: (m) => [{ user: 'admin', params: { id: someOrder(m).id } }],
  search: (m) => [{ user: 'admin', query: { q: someOrder(m).number } }],
  listAuditEvents: () => [{ user: 'admin' }, { user: 'admin', query: { entity: 'tag' } }],
  analyticsKpis: () => [
    { user: 'admin', query: lastMonth },
    { user: 'manager.east', query: { ...lastMonth, category: ['生鲜水果'] } },
  ],
  analyticsBreakdown: () =>
    (['region', 'province', 'store', 'category', 'status', 'carrier'] as const).map(
      (dimension) => ({
        user: 'admin',
        query: { ...lastMonth, dimension },
      }),
    ),
  analyticsTrend: () => [
    { user: 'admin', query: lastMonth },
    {
      user: 'manager.east',
      query: { ...lastMonth, granularity: 'week', storeId: ['st-sh01', 'st-hz01'] },
    },
  ],
};

describe('every endpoint answers what the contract promises', () => {
  it.each(Object.keys(endpoints) as EndpointName[])('%s', async (name) => {
    const endpoint = endpoints[name];
    const calls = CALLS[name](mock);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      const headers: Record<string, string> = {};
      if (call.user) headers.Authorization = `Bearer ${mock.sessionFor(call.user).token}`;
      if (call.body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(urlOf(endpoint.path, call.params, call.query), {
        method: endpoint.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
      });
      expect(response.status, `${name} ${JSON.stringify(call)}`).toBeLessThan(300);
      if (endpoint.response === null) {
        expect(response.status).toBe(204);
        continue;
      }
      const parsed = safeParse(endpoint.response, await response.json());
      expect(
        parsed.success ? [] : parsed.error.issues.slice(0, 5),
        `${name} ${JSON.stringify(call)}`,
      ).toEqual([]);
    }
  });
});
