import { expect } from 'vitest';
import { Order, Problem } from '@/api/contract';
import type { MockDb } from '../db/database';
import type { OrderRow } from '../db/types';

/** Helpers of the order command tests: arranging an order's state, sending, reading answers. */

export type Arranged = 'pending_review' | 'on_hold' | 'approved' | 'allocated';

/**
 * Puts one of the store's completed orders into a state as earlier work would have left it
 * (allocated ones at the Shanghai warehouse, with their stock reserved): recent orders in a
 * given state are too few in a small seed to pick from.
 */
export function arrange(db: MockDb, storeId: string, status: Arranged, nth = 0): OrderRow {
  const row = db.orders.filter((o) => db.storeOf(o).id === storeId && o.status === 'completed')[
    nth
  ];
  if (!row) throw new Error(`no completed order of ${storeId} to arrange`);
  const allocated = status === 'allocated';
  if (allocated) {
    for (let i = 0; i < row.lines.length; i += 2)
      db.adjustReserved(
        db.productAt(row.lines[i] as number).id,
        'loc-wh-sh',
        row.lines[i + 1] as number,
      );
  }
  return db.updateOrder(
    row.id,
    (draft) => {
      draft.status = status;
      draft.shipment = null;
      draft.paymentStatus = 'paid';
      draft.reviewedAt = status === 'approved' || allocated ? row.placedAt + 60_000 : null;
      draft.locationId = allocated ? 'loc-wh-sh' : null;
      draft.carrier = allocated ? 'SF' : null;
      draft.allocatedAt = allocated ? row.placedAt + 120_000 : null;
      draft.hold =
        status === 'on_hold'
          ? { reason: 'payment_check', note: '', by: null, at: row.placedAt + 60_000 }
          : null;
    },
    { at: row.placedAt + 180_000, by: null },
  );
}

export type Caller = (path: string, init?: RequestInit) => Promise<Response>;

export const send = (call: Caller, path: string, body: unknown, method = 'POST') =>
  call(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

export async function orderOf(response: Response): Promise<Order> {
  expect(response.status, await response.clone().text()).toBe(200);
  return Order.parse(await response.json());
}

export async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  return Problem.parse(await response.json());
}
