import { expect } from 'vitest';
import { BulkResult, type AllocationCandidate } from '@/api/contract';
import { linesOf } from '../db/allocation';
import type { MockDb } from '../db/database';
import type { OrderRow } from '../db/types';
import { arrange } from './order-fixtures';
import type { Caller } from './order-fixtures';

/** Helpers of the allocation tests: approved orders to allocate, stock to arrange, answers to read. */

/** The nth approved order of a store, made from one of its completed orders. */
export const approvedOrder = (db: MockDb, storeId: string, nth = 0): OrderRow =>
  arrange(db, storeId, 'approved', nth);

export const available = (db: MockDb, productId: string, locationId: string): number =>
  db.stockLevel(productId, locationId)?.available ?? 0;

/** Sets what is available of a product at a location by reserving (or releasing) the difference. */
export function setAvailable(db: MockDb, productId: string, locationId: string, units: number) {
  const level = db.stockLevel(productId, locationId);
  if (!level) throw new Error(`${productId} is not stocked at ${locationId}`);
  db.adjustReserved(productId, locationId, level.available - units);
  expect(available(db, productId, locationId)).toBe(units);
}

/** Plenty of every line of the order at the location, so only what a test arranges can be short. */
export function stockUp(db: MockDb, row: OrderRow, locationId: string): void {
  for (const line of linesOf(db, row)) {
    const level = db.stockLevel(line.productId, locationId);
    if (level && level.available < line.quantity + 50)
      db.adjustReserved(line.productId, locationId, -level.reserved);
    expect(available(db, line.productId, locationId)).toBeGreaterThanOrEqual(line.quantity);
  }
}

export const allocation = (call: Caller, row: OrderRow, body: object) =>
  call(`/orders/${row.id}/allocation`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ version: row.version, ...body }),
  });

export const bulkAllocation = (call: Caller, items: object[], idempotencyKey?: string) =>
  call('/allocations', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
    },
    body: JSON.stringify({ items }),
  });

export async function bulkResultOf(response: Response): Promise<BulkResult> {
  expect(response.status, await response.clone().text()).toBe(200);
  return BulkResult.parse(await response.json());
}

export async function candidatesOf(
  call: Caller,
  query = '',
): Promise<{ items: AllocationCandidate[]; total: number }> {
  const response = await call(`/allocation/candidates?pageSize=500${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as { items: AllocationCandidate[]; total: number };
}
