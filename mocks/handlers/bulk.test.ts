// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it, vi } from 'vitest';
import { BULK_LIMIT, BulkResult, Problem, type BulkRequest } from '@/api/contract';
import { countOrders } from '../db/order-query';
import type { OrderRow } from '../db/types';
import { scopeOf } from './context';
import { authed, useMockServer } from './test-server';

// More orders than one bulk request may touch, so the limit can be shown.
const mock = useMockServer({ orders: BULK_LIMIT + 1_000 });
const { db } = mock;

const asStore = authed(mock, 'store.sh');
const asWarehouse = authed(mock, 'warehouse.sh');
const asAdmin = authed(mock, 'admin');
type Caller = typeof asStore;
const storeScope = scopeOf(db.users.find((u) => u.username === 'store.sh')!);

/** Puts completed orders of a store back into review, as if they had just been paid. */
function pendingOrders(storeId: string, count: number, skip = 0): OrderRow[] {
  return db.orders
    .filter((o) => db.storeOf(o).id === storeId && o.status === 'completed')
    .slice(skip, skip + count)
    .map((row) =>
      db.updateOrder(
        row.id,
        (draft) => {
          draft.status = 'pending_review';
          draft.shipment = null;
          draft.reviewedAt = null;
          draft.locationId = null;
          draft.carrier = null;
          draft.allocatedAt = null;
          draft.paymentStatus = 'paid';
        },
        { at: row.placedAt + 60_000, by: null },
      ),
    );
}

function bulk(call: Caller, request: BulkRequest, idempotencyKey?: string): Promise<Response> {
  return call('/orders/bulk', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
    },
    body: JSON.stringify(request),
  });
}

async function resultOf(response: Response): Promise<BulkResult> {
  expect(response.status, await response.clone().text()).toBe(200);
  return BulkResult.parse(await response.json());
}

describe('bulk actions on ticked orders', () => {
  it('answers per order: what it could do is done, each failure says why', async () => {
    const pending = pendingOrders('st-sh01', 3);
    const completed = db.orders.find(
      (o) => db.storeOf(o).id === 'st-sh01' && o.status === 'completed',
    )!;
    const [otherStore] = pendingOrders('st-gz01', 1);
    const ids = [...pending.map((o) => o.id), completed.id, otherStore!.id, 'o2000010100001'];
    const result = await resultOf(
      await bulk(asStore, { selection: { kind: 'ids', ids }, operation: { kind: 'approve' } }),
    );
    expect(result.succeeded).toBe(3);
    expect(result.failed).toBe(3);
    expect(result.results.map((r) => [r.orderId, r.ok, r.code])).toEqual([
      ...pending.map((o) => [o.id, true, undefined]),
      [completed.id, false, 'wrong_state'],
      [otherStore!.id, false, 'out_of_scope'],
      ['o2000010100001', false, 'not_found'],
    ]);
    expect(result.results[3]!.message).toContain('completed');
    for (const row of pending) expect(db.order(row.id)!.status).toBe('approved');
    expect(db.order(otherStore!.id)!.status).toBe('pending_review');
  });

  it('refuses per order what the role may not do', async () => {
    const row = db.orders.find((o) => o.locationId === 'loc-wh-sh' && o.status === 'shipped')!;
    const allocated = db.updateOrder(
      row.id,
      (d) => void ((d.status = 'allocated'), (d.shipment = null)),
      {
        at: row.updatedAt,
        by: null,
      },
    );
    const result = await resultOf(
      await bulk(asWarehouse, {
        selection: { kind: 'ids', ids: [allocated.id] },
        operation: { kind: 'cancel', reason: 'out_of_stock', note: '' },
      }),
    );
    expect(result.results).toEqual([
      expect.objectContaining({ orderId: allocated.id, ok: false, code: 'forbidden' }),
    ]);
  });

  it('holds with the reason given, and tags without touching the version of untouched orders', async () => {
    const [first, second] = pendingOrders('st-sh01', 2);
    await resultOf(
      await bulk(asStore, {
        selection: { kind: 'ids', ids: [first!.id, second!.id] },
        operation: { kind: 'hold', reason: 'customer_request', note: '客户要求延后发货' },
      }),
    );
    expect(db.order(first!.id)!.hold).toMatchObject({ reason: 'customer_request' });
    db.updateOrder(second!.id, (d) => void (d.tagIds = ['tag-gift']), { at: 0, by: null });
    const version = db.order(second!.id)!.version;
    const tagged = await resultOf(
      await bulk(asStore, {
        selection: { kind: 'ids', ids: [first!.id, second!.id] },
        operation: { kind: 'tag', add: ['tag-gift'] },
      }),
    );
    expect(tagged.succeeded).toBe(2);
    expect(db.order(first!.id)!.tagIds).toContain('tag-gift');
    expect(db.order(second!.id)!.version).toBe(version);
  });

  it('saves the changes of a bulk request once, not once per order', async () => {
    const pending = pendingOrders('st-sh01', 5);
    const saved = vi.fn();
    const stop = db.onChange(saved);
    try {
      const result = await resultOf(
        await bulk(asStore, {
          selection: { kind: 'ids', ids: pending.map((o) => o.id) },
          operation: { kind: 'cancel', reason: 'duplicate_order', note: '' },
        }),
      );
      expect(result.succeeded).toBe(5);
      expect(saved).toHaveBeenCalledTimes(1);
      const overlay = saved.mock.calls[0]![0] as ReturnType<typeof db.exportOverlay>;
      for (const row of pending) expect(overlay.orders[row.id]?.status).toBe('cancelled');
    } finally {
      stop();
    }
  });

  it('answers 422 for an unknown tag before changing anything', async () => {
    const [row] = pendingOrders('st-sh01', 1);
    const response = await bulk(asStore, {
      selection: { kind: 'ids', ids: [row!.id] },
      operation: { kind: 'tag', add: ['tag-nope'] },
    });
    expect(response.status).toBe(422);
    expect(db.order(row!.id)!.tagIds).toEqual(row!.tagIds);
  });
});

describe('bulk actions on everything matching a filter', () => {
  it('resolves the filter on the server, within scope, minus the orders unticked', async () => {
    const pending = pendingOrders('st-sh01', 6);
    pendingOrders('st-gz01', 2);
    const pin = new Date(db.orders[0]!.placedAt).toISOString();
    const filter = { status: 'pending_review' as const, placedUpTo: pin };
    const expected = countOrders(db, storeScope, filter);
    const excluded = pending[0]!.id;
    const result = await resultOf(
      await bulk(asStore, {
        selection: { kind: 'filter', filter, exclude: [excluded] },
        operation: { kind: 'hold', reason: 'payment_check', note: '' },
      }),
    );
    expect(expected.pending_review).toBeGreaterThanOrEqual(6);
    expect(result.results).toHaveLength(expected.pending_review - 1);
    expect(result.failed).toBe(0);
    expect(result.results.map((r) => r.orderId)).not.toContain(excluded);
    expect(db.order(excluded)!.status).toBe('pending_review');
    for (const r of result.results) expect(db.storeOf(db.order(r.orderId)!).id).toBe('st-sh01');
    expect(countOrders(db, storeScope, filter).pending_review).toBe(1);
  });

  it('leaves out orders placed after the view was pinned', async () => {
    const pending = pendingOrders('st-sh01', 4);
    // Orders are newest first: pin the view just before the newest of the four.
    const newest = pending[0]!;
    const filter = {
      status: 'pending_review' as const,
      placedUpTo: new Date(newest.placedAt - 1).toISOString(),
    };
    const expected = countOrders(db, storeScope, filter);
    const result = await resultOf(
      await bulk(asStore, {
        selection: { kind: 'filter', filter, exclude: [] },
        operation: { kind: 'approve' },
      }),
    );
    const touched = result.results.map((r) => r.orderId);
    expect(touched).toHaveLength(expected.pending_review);
    expect(touched).not.toContain(newest.id);
    expect(touched).toEqual(expect.arrayContaining(pending.slice(1).map((o) => o.id)));
    expect(db.order(newest.id)!.status).toBe('pending_review');
  });

  it(`answers 422 for more than ${BULK_LIMIT} orders and changes nothing`, async () => {
    const before = db.exportOverlay();
    const response = await bulk(asAdmin, {
      selection: { kind: 'filter', filter: {}, exclude: [] },
      operation: { kind: 'tag', add: ['tag-urgent'] },
    });
    expect(response.status).toBe(422);
    expect(Problem.parse(await response.json()).errors?.[0]?.field).toBe('selection');
    expect(db.exportOverlay()).toEqual(before);
  });
});

describe('idempotency', () => {
  it('applies a request once and answers a replay with the first answer', async () => {
    const [row] = pendingOrders('st-sh01', 1);
    const request: BulkRequest = {
      selection: { kind: 'ids', ids: [row!.id] },
      operation: { kind: 'approve' },
    };
    const first = await resultOf(await bulk(asStore, request, 'key-1'));
    const version = db.order(row!.id)!.version;
    const replay = await resultOf(await bulk(asStore, request, 'key-1'));
    expect(replay).toEqual(first);
    expect(first.succeeded).toBe(1);
    expect(db.order(row!.id)!.version).toBe(version);
    // Without the key the same request is a new one, and the order has moved on.
    const again = await resultOf(await bulk(asStore, request));
    expect(again.results[0]).toMatchObject({ ok: false, code: 'wrong_state' });
  });

  it('answers 422 when a key is reused for a different request', async () => {
    const [first, second] = pendingOrders('st-sh01', 2);
    await resultOf(
      await bulk(
        asStore,
        { selection: { kind: 'ids', ids: [first!.id] }, operation: { kind: 'approve' } },
        'key-2',
      ),
    );
    const response = await bulk(
      asStore,
      { selection: { kind: 'ids', ids: [second!.id] }, operation: { kind: 'approve' } },
      'key-2',
    );
    expect(response.status).toBe(422);
    expect(db.order(second!.id)!.status).toBe('pending_review');
  });

  it('keeps keys apart per user', async () => {
    const [mine, theirs] = pendingOrders('st-sh01', 2);
    const approve = (row: OrderRow): BulkRequest => ({
      selection: { kind: 'ids', ids: [row.id] },
      operation: { kind: 'approve' },
    });
    await resultOf(await bulk(asAdmin, approve(theirs!), 'shared-key'));
    const other = await resultOf(await bulk(asStore, approve(mine!), 'shared-key'));
    expect(other.results).toEqual([expect.objectContaining({ orderId: mine!.id, ok: true })]);
  });
});
