// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { Order, OrderPage, Problem, PROBLEM_CONTENT_TYPE } from '@/api/contract';
import { signToken } from './token';
import { API, authed, useMockServer } from './test-server';

const mock = useMockServer();
const { db } = mock;

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
  return Problem.parse(await response.json());
}

const otherStoreOrder = () => db.orders.find((o) => db.storeOf(o).id !== 'st-sh01')!;
const ownStoreOrder = () => db.orders.find((o) => db.storeOf(o).id === 'st-sh01')!;

describe('authentication', () => {
  it.each([
    ['no token', undefined, 'unauthenticated'],
    ['a malformed header', 'Token abc', 'unauthenticated'],
    [
      'a forged token',
      `Bearer ${signToken('u-admin', Date.now() + 60_000).replace(/.$/, '0')}x`,
      'unauthenticated',
    ],
    ['an expired token', `Bearer ${signToken('u-admin', Date.now() - 1_000)}`, 'session_expired'],
    [
      'a token of an unknown user',
      `Bearer ${signToken('u-nobody', Date.now() + 60_000)}`,
      'unauthenticated',
    ],
  ])('answers 401 for %s', async (_, header, code) => {
    const response = await fetch(`${API}/orders`, {
      headers: header ? { Authorization: header } : {},
    });
    expect(response.status).toBe(401);
    expect((await problemOf(response)).code).toBe(code);
  });

  it('signs in with a demo account and rejects a wrong password', async () => {
    const ok = await fetch(`${API}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'manager.east', password: 'demo' }),
    });
    expect(ok.status).toBe(200);
    const session = (await ok.json()) as {
      token: string;
      user: { role: string; regions: string[] };
    };
    expect(session.user).toMatchObject({ role: 'manager', regions: ['east'] });
    const me = await fetch(`${API}/session`, {
      headers: { Authorization: `Bearer ${session.token}` },
    });
    expect(me.status).toBe(200);

    const wrong = await fetch(`${API}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'manager.east', password: 'nope' }),
    });
    expect(wrong.status).toBe(401);
    expect((await problemOf(wrong)).code).toBe('unauthenticated');
  });

  it('lists the demo accounts without a token', async () => {
    const body = (await (await fetch(`${API}/demo-accounts`)).json()) as {
      items: { username: string }[];
    };
    expect(body.items.map((a) => a.username)).toEqual([
      'store.sh',
      'warehouse.sh',
      'manager.east',
      'admin',
    ]);
  });
});

describe('validation', () => {
  it.each([
    ['/orders?status=bogus', 'status'],
    ['/orders?pageSize=5000', 'pageSize'],
    ['/orders?from=yesterday', 'from'],
    ['/orders?from=2026-11-10&to=2026-11-01', 'from'],
    ['/orders/counts?minTotal=abc', 'minTotal'],
    ['/search?q=', 'q'],
  ])('answers 422 problem+json with field errors for %s', async (path, field) => {
    const response = await authed(mock, 'admin')(path);
    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem.code).toBe('validation');
    expect(problem.errors?.map((e) => e.field)).toContain(field);
  });

  it('rejects a sign-in body that is not JSON', async () => {
    const response = await fetch(`${API}/session`, { method: 'POST', body: '{oops' });
    expect(response.status).toBe(422);
  });
});

describe('store scope', () => {
  const asStore = authed(mock, 'store.sh');

  it('answers 403 out_of_scope for another store\u2019s order, and the order for its own', async () => {
    const denied = await asStore(`/orders/${otherStoreOrder().id}`);
    expect(denied.status).toBe(403);
    expect((await problemOf(denied)).code).toBe('out_of_scope');
    const own = await asStore(`/orders/${ownStoreOrder().id}`);
    expect(own.status).toBe(200);
  });

  it('answers 404 for an order that does not exist', async () => {
    const response = await asStore('/orders/o2000010100001');
    expect(response.status).toBe(404);
    expect((await problemOf(response)).code).toBe('not_found');
  });

  it('never lists another store\u2019s orders, even when asked for them', async () => {
    for (const path of [
      '/orders?pageSize=1000',
      '/orders?storeId=st-gz01,st-sh01&pageSize=1000',
      '/orders?sort=-total',
    ]) {
      const page = OrderPage.parse(await (await asStore(path)).json());
      expect(page.items.length).toBeGreaterThan(0);
      expect(new Set(page.items.map((o) => o.storeId))).toEqual(new Set(['st-sh01']));
    }
  });

  it('finds only its own orders by number', async () => {
    const other = otherStoreOrder();
    const body = (await (await asStore(`/search?q=${other.number}`)).json()) as { hits: unknown[] };
    expect(body.hits).toEqual([]);
  });

  it.each([
    ['store.sh', '/analytics/kpis?from=2026-11-01&to=2026-11-07', 403],
    ['warehouse.sh', '/analytics/trend?from=2026-11-01&to=2026-11-07', 403],
    ['manager.east', '/analytics/kpis?from=2026-11-01&to=2026-11-07', 200],
    ['manager.east', '/audit-events', 403],
    ['admin', '/audit-events', 200],
  ])('%s asking %s gets %i', async (username, path, status) => {
    const response = await authed(mock, username)(path);
    expect(response.status).toBe(status);
    if (status === 403) expect((await problemOf(response)).code).toBe('forbidden');
  });
});

describe('order detail', () => {
  it('masks the customer phone and reveals it on request, recording who asked', async () => {
    const asStore = authed(mock, 'store.sh');
    const row = ownStoreOrder();
    const before = Order.parse(await (await asStore(`/orders/${row.id}`)).json());
    expect(before.customer.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(before.customer.phoneMasked).toBe(true);

    const revealed = (await (
      await asStore(`/orders/${row.id}/reveal-phone`, { method: 'POST' })
    ).json()) as { phone: string };
    expect(revealed.phone).toBe(db.customerOf(row).phone);

    const after = Order.parse(await (await asStore(`/orders/${row.id}`)).json());
    const last = after.timeline.at(-1)!;
    expect(last).toMatchObject({
      kind: 'phone_revealed',
      actor: { id: 'u-store-sh', name: '张敏' },
    });
    expect(after.version).toBe(before.version);

    const audit = (await (await authed(mock, 'admin')(`/audit-events?entity=customer`)).json()) as {
      items: { action: string; detail: Record<string, unknown> }[];
    };
    expect(audit.items[0]).toMatchObject({
      action: 'customer.phone_revealed',
      detail: { orderId: row.id },
    });
    expect(Object.keys(db.exportOverlay().orders)).toEqual([row.id]);
  });

  it('shows tracking events in time order for a shipped order', async () => {
    const row = db.orders.find((o) => o.status === 'delivered')!;
    const order = Order.parse(await (await authed(mock, 'admin')(`/orders/${row.id}`)).json());
    const events = order.shipments[0]!.events;
    expect(events[0]!.status).toBe('info_received');
    expect(events.at(-1)!.status).toBe('delivered');
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort());
    expect(order.timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['placed', 'paid', 'approved', 'allocated', 'shipped', 'delivered']),
    );
  });
});

describe('search', () => {
  it.each(['number', 'waybill'] as const)('finds an order by exact %s', async (matched) => {
    const row = db.orders.find((o) => o.shipment)!;
    const q = matched === 'number' ? row.number.toLowerCase() : row.shipment!.waybill;
    const body = (await (
      await authed(mock, 'admin')(`/search?q=${encodeURIComponent(q)}`)
    ).json()) as { hits: unknown[] };
    expect(body.hits).toEqual([{ kind: 'order', orderId: row.id, number: row.number, matched }]);
  });
});

describe('fault switch', () => {
  it('fails requests with 503 unavailable at the configured ratio, but never sign-in', async () => {
    mock.ctx.faults.failureRatio = 1;
    const response = await authed(mock, 'admin')('/tags');
    expect(response.status).toBe(503);
    expect((await problemOf(response)).code).toBe('unavailable');
    const signIn = await fetch(`${API}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo' }),
    });
    expect(signIn.status).toBe(200);
  });
});
