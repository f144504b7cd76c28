// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '@/domain/order/status';
import type { MockDb } from '../db/database';
import type { TransitionCommand } from '../db/order-commands';
import type { OrderRow } from '../db/types';
import {
  arrange as arrangeIn,
  orderOf,
  problemOf,
  send,
  type Arranged,
  type Caller,
} from './order-fixtures';
import { authed, useMockServer } from './test-server';

const mock = useMockServer();
const { db } = mock;
const arrange = (storeId: string, status: Arranged) => arrangeIn(db, storeId, status);

const asStore = authed(mock, 'store.sh');
const asWarehouse = authed(mock, 'warehouse.sh');
const asManager = authed(mock, 'manager.east');
const asAdmin = authed(mock, 'admin');

type Move = TransitionCommand;
const MOVES = {
  approve: { action: 'approve' },
  hold: { action: 'hold', reason: 'address_problem', note: '门牌号缺失' },
  release: { action: 'release' },
  reject: { action: 'reject', reason: 'suspected_fraud', note: '' },
  cancel: { action: 'cancel', reason: 'customer_request', note: '客户来电取消' },
} as const satisfies Record<Move['action'], Move>;
const { approve: APPROVE, hold: HOLD, release: RELEASE, reject: REJECT, cancel: CANCEL } = MOVES;
const EVENT_OF = {
  approve: 'approved',
  hold: 'held',
  release: 'released',
  reject: 'rejected',
  cancel: 'cancelled',
} as const;

const transitionOf = (call: Caller, row: OrderRow, move: Move, version = row.version) =>
  send(call, `/orders/${row.id}/transitions`, { ...move, version });

describe('transitions', () => {
  const callers = { store: asStore, warehouse: asWarehouse, manager: asManager, admin: asAdmin };
  const USERNAMES = {
    store: 'store.sh',
    warehouse: 'warehouse.sh',
    manager: 'manager.east',
    admin: 'admin',
  } as const;
  const ALLOWED: [keyof typeof callers, keyof typeof MOVES, Arranged, OrderStatus][] = [
    ['store', 'approve', 'pending_review', 'approved'],
    ['store', 'hold', 'pending_review', 'on_hold'],
    ['store', 'reject', 'pending_review', 'cancelled'],
    ['store', 'cancel', 'pending_review', 'cancelled'],
    ['store', 'release', 'on_hold', 'pending_review'],
    ['store', 'hold', 'approved', 'on_hold'],
    ['manager', 'cancel', 'allocated', 'cancelled'],
    ['admin', 'cancel', 'approved', 'cancelled'],
    ['warehouse', 'hold', 'allocated', 'on_hold'],
    ['warehouse', 'release', 'on_hold', 'pending_review'],
  ];

  it.each(ALLOWED)('%s may %s an order that is %s', async (who, action, state, to) => {
    const row = arrange(
      'st-sh01',
      state === 'on_hold' && who === 'warehouse' ? 'allocated' : state,
    );
    if (state === 'on_hold' && who === 'warehouse')
      await orderOf(await transitionOf(asWarehouse, row, HOLD));
    const current = db.order(row.id)!;
    const user = mock.sessionFor(USERNAMES[who]).user;
    const order = await orderOf(await transitionOf(callers[who], current, MOVES[action]));
    expect(order.status).toBe(to);
    expect(order.version).toBe(current.version + 1);
    expect(order.updatedBy).toEqual({ id: user.id, name: user.name });
    const events = order.timeline.filter((e) => e.kind !== 'deallocated');
    expect(events.at(-1)).toMatchObject({ kind: EVENT_OF[action], actor: { id: user.id } });
  });

  const REFUSED: [keyof typeof callers, Arranged, Move, 403 | 409, string][] = [
    ['store', 'approved', APPROVE, 409, 'wrong_state'],
    ['store', 'on_hold', APPROVE, 409, 'wrong_state'],
    ['store', 'approved', REJECT, 409, 'wrong_state'],
    ['store', 'pending_review', RELEASE, 409, 'wrong_state'],
    ['warehouse', 'allocated', CANCEL, 403, 'forbidden'],
    ['warehouse', 'allocated', APPROVE, 409, 'wrong_state'],
  ];

  it.each(REFUSED)('%s may not %o an order %s (%i %s)', async (who, state, move, status, code) => {
    const row = arrange('st-sh01', state);
    const problem = await problemOf(await transitionOf(callers[who], row, move), status);
    expect(problem.code).toBe(code);
    if (code === 'wrong_state') expect(problem.detail).toContain(state.replace('_', ' '));
    expect(db.order(row.id)!.version).toBe(row.version);
  });

  it('records the hold with its reason, note and date, and clears it on release', async () => {
    const row = arrange('st-sh01', 'pending_review');
    const until = '2030-01-01T00:00:00.000Z';
    const held = await orderOf(await transitionOf(asStore, row, { ...HOLD, until }));
    expect(held.hold).toMatchObject({
      reason: 'address_problem',
      note: '门牌号缺失',
      until,
      by: { id: 'u-store-sh' },
    });
    expect(held.timeline.at(-1)).toMatchObject({
      kind: 'held',
      data: { reason: 'address_problem', note: '门牌号缺失' },
    });
    const released = await orderOf(
      await transitionOf(asStore, db.order(row.id)!, RELEASE, held.version),
    );
    expect(released.hold).toBeNull();
    expect(released.timeline.map((e) => e.kind).slice(-2)).toEqual(['held', 'released']);
  });

  it('keeps the seeded history once an order changes, without repeating it', async () => {
    const row = arrange('st-sh01', 'pending_review');
    const before = await orderOf(await asStore(`/orders/${row.id}`));
    const after = await orderOf(await transitionOf(asStore, row, REJECT));
    expect(after.timeline.slice(0, -1)).toEqual(before.timeline);
    expect(after.timeline.at(-1)).toMatchObject({
      kind: 'rejected',
      data: { reason: 'suspected_fraud' },
    });
    expect(after.cancellation).toMatchObject({ reason: 'suspected_fraud' });
  });

  it('refuses a stale version with 409, naming who changed the order and when', async () => {
    const row = arrange('st-sh01', 'pending_review');
    await orderOf(await send(asManager, `/orders/${row.id}/tags`, { add: ['tag-urgent'] }));
    const problem = await problemOf(await transitionOf(asStore, row, APPROVE), 409);
    const now = db.order(row.id)!;
    expect(problem.code).toBe('version_conflict');
    expect(problem.current).toEqual({
      version: now.version,
      updatedAt: new Date(now.updatedAt).toISOString(),
      updatedBy: { id: 'u-manager-east', name: '王芳' },
    });
    expect(problem.detail).toContain('王芳');
    expect(now.status).toBe('pending_review');
  });

  it('answers 403 out_of_scope when store staff act on another store\u2019s order', async () => {
    const other = arrange('st-gz01', 'pending_review');
    for (const response of [
      await transitionOf(asStore, other, APPROVE),
      await send(asStore, `/orders/${other.id}/tags`, { add: ['tag-urgent'] }),
      await send(asStore, `/orders/${other.id}/notes`, { body: '看看' }),
    ]) {
      expect((await problemOf(response, 403)).code).toBe('out_of_scope');
    }
    expect(db.order(other.id)!.version).toBe(other.version);
  });

  it('gives back the reserved stock when an allocated order is cancelled', async () => {
    const row = arrange('st-sh01', 'allocated');
    const levels = () =>
      Array.from({ length: row.lines.length / 2 }, (_, i) =>
        db.stockLevel(db.productAt(row.lines[2 * i]!).id, 'loc-wh-sh'),
      );
    const before = levels();
    const order = await orderOf(await transitionOf(asManager, row, CANCEL));
    expect(order.allocation).toBeNull();
    expect(order.timeline.map((e) => e.kind).slice(-2)).toEqual(['cancelled', 'deallocated']);
    levels().forEach((after, i) => {
      const quantity = row.lines[2 * i + 1]!;
      expect(after!.reserved).toBe(Math.max(0, before[i]!.reserved - quantity));
      expect(after!.available).toBe(after!.onHand - after!.reserved);
    });
    const stock = (await (await asAdmin('/stock?locationId=loc-wh-sh&pageSize=1000')).json()) as {
      items: { productId: string; reserved: number }[];
    };
    const first = stock.items.find((s) => s.productId === levels()[0]!.productId);
    expect(first?.reserved).toBe(levels()[0]!.reserved);
  });

  it('never takes reserved stock below zero', () => {
    const row = arrange('st-sh01', 'approved');
    const productId = db.productAt(row.lines[0]!).id;
    const level = db.stockLevel(productId, 'loc-wh-sh')!;
    expect(db.adjustReserved(productId, 'loc-wh-sh', -(level.reserved + 5))!.reserved).toBe(0);
  });
});

describe('persistence', () => {
  it('restores changed orders and stock from the saved overlay', async () => {
    const row = arrange('st-sh01', 'allocated');
    await orderOf(await transitionOf(asManager, row, CANCEL));
    const productId = db.productAt(row.lines[0]!).id;
    const reserved = db.stockLevel(productId, 'loc-wh-sh')!.reserved;
    const saved = JSON.parse(JSON.stringify(db.exportOverlay())) as ReturnType<
      MockDb['exportOverlay']
    >;
    mock.reset();
    expect(db.order(row.id)!.status).toBe('completed');
    db.applyOverlay(saved);
    expect(db.order(row.id)!.status).toBe('cancelled');
    expect(db.stockLevel(productId, 'loc-wh-sh')!.reserved).toBe(reserved);
    const order = await orderOf(await asManager(`/orders/${row.id}`));
    expect(order.timeline.at(-2)!.kind).toBe('cancelled');
  });
});
