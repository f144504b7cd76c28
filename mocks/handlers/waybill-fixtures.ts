/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { expect } from 'vitest';
import { Problem, WaybillBatchResult, type WaybillItem } from '@/api/contract';
import type { OrderStatus } from '@/domain/order/status';
import { s10CheckDigit, type Carrier } from '@/domain/waybill/carriers';
import type { OrderRow } from '../db/types';
import type { MockServer } from '../node';
import { authed } from './test-server';

export type Caller = ReturnType<typeof authed>;

/** Orders arranged into a state, waybill numbers no order uses yet, and calls of the waybill endpoints. */
export function waybillFixtures(mock: MockServer) {
  const { db } = mock;

  const asWarehouse = authed(mock, 'warehouse.sh');
  const asAdmin = authed(mock, 'admin');
  const asStore = authed(mock, 'store.sh');
  const asManager = authed(mock, 'manager.east');

  const EAST_STORES = ['st-sh01', 'st-nj01', 'st-sz01', 'st-mp01', 'st-tm01'];
  const ALL_STORES = db.stores.map((s) => s.id);

  /**
   * Puts a completed order into `status` as earlier work would have left it: allocated ones at
   * `locationId` with `carrier` and their stock reserved there. Each call takes a fresh order.
   */
  function arrange(
    status: OrderStatus,
    options: { locationId?: string | null; carrier?: Carrier; storeIds?: string[] } = {},
  ): OrderRow {
    const { locationId = 'loc-wh-sh', carrier = 'ZTO', storeIds = EAST_STORES } = options;
    const row = db.orders.find(
      (o) => o.status === 'completed' && storeIds.includes(db.storeOf(o).id),
    );
    if (!row) throw new Error('no completed order left to arrange');
    const allocated = status === 'allocated' || status === 'on_hold';
    const at = allocated ? locationId : null;
    if (status === 'allocated' && at)
      for (let i = 0; i < row.lines.length; i += 2)
        db.adjustReserved(db.productAt(row.lines[i]!).id, at, row.lines[i + 1]!);
    return db.updateOrder(
      row.id,
      (draft) => {
        draft.status = status;
        draft.shipment = null;
        draft.locationId = at;
        draft.carrier = at ? carrier : null;
        draft.allocatedAt = at ? row.placedAt + 120_000 : null;
        draft.hold =
          status === 'on_hold'
            ? { reason: 'address_problem', at: row.placedAt, note: '', by: null }
            : null;
        draft.cancellation =
          status === 'cancelled'
            ? { reason: 'customer_request', at: row.placedAt, note: '' }
            : null;
      },
      { at: row.placedAt + 180_000, by: null },
    );
  }

  let serial = 0;
  /** A ZTO number no order uses yet (ZTO has no check digit: pattern_only). */
  function zto(): string {
    for (;;) {
      const number = `7312${String((serial += 1)).padStart(10, '0')}`;
      if (db.positionByWaybill.get(number) === undefined) return number;
    }
  }
  /** An EMS international (UPU S10) number, whose check digit can be verified; `off` spoils it. */
  function s10(n: number, off = 0): string {
    const digits = String(n).padStart(8, '0');
    return `EA${digits}${(s10CheckDigit(digits) + off) % 10}CN`;
  }

  const item = (row: OrderRow | string, waybill: string, carrier: Carrier | null = null) => ({
    orderNumber: typeof row === 'string' ? row : row.number,
    waybill,
    carrier,
  });

  function send(call: Caller, path: string, items: WaybillItem[], key?: string) {
    return call(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
      body: JSON.stringify({ items }),
    });
  }

  async function resultOf(response: Response): Promise<WaybillBatchResult> {
    expect(response.status, await response.clone().text()).toBe(200);
    return WaybillBatchResult.parse(await response.json());
  }

  const check = async (call: Caller, items: WaybillItem[]) =>
    resultOf(await send(call, '/waybills/check', items));
  const commit = async (call: Caller, items: WaybillItem[], key = crypto.randomUUID()) =>
    resultOf(await send(call, '/waybills/commit', items, key));

  async function problemOf(response: Response, status: number): Promise<Problem> {
    expect(response.status, await response.clone().text()).toBe(status);
    return Problem.parse(await response.json());
  }

  const stockOf = (row: OrderRow, line = 0) =>
    db.stockLevel(db.productAt(row.lines[line * 2]!).id, row.locationId!)!;

  return {
    db,
    asWarehouse,
    asAdmin,
    asStore,
    asManager,
    ALL_STORES,
    arrange,
    zto,
    s10,
    item,
    send,
    check,
    commit,
    problemOf,
    stockOf,
  };
}
