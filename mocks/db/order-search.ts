import { isMobilePhone } from '@/domain/customer';
import { normaliseOrderNumber } from '@/domain/ids';
import { normaliseWaybill } from '@/domain/waybill/carriers';
import type { MockDb } from './database';
import { unionSorted } from './sorted';
import { dateToDay, dayStartMs } from './time';
import type { OrderRow } from './types';

/** Positions of orders whose number, waybill, customer phone (full or last four) or name match q. */
export function positionsMatching(db: MockDb, rawQuery: string): number[] {
  const q = rawQuery.trim();
  if (!q) return [];
  const lists: number[][] = [];
  const byNumber = db.positionByNumber.get(normaliseOrderNumber(q));
  if (byNumber !== undefined) lists.push([byNumber]);
  const byWaybill = db.positionByWaybill.get(normaliseWaybill(q));
  if (byWaybill !== undefined) lists.push([byWaybill]);
  const digits = q.replace(/[\s-]/g, '');
  const customers: number[] = [];
  if (/^\d{4}$/.test(digits)) customers.push(...(db.customersByPhoneTail.get(digits) ?? []));
  else if (isMobilePhone(digits)) {
    const customer = db.customerByPhone.get(digits);
    if (customer !== undefined) customers.push(customer);
  }
  if (/[^\d\s-]/.test(q) && !/^[A-Za-z0-9-]+$/.test(q)) {
    db.customers.forEach((customer, i) => {
      if (customer.name.includes(q)) customers.push(i);
    });
  }
  for (const customer of customers) lists.push(db.ordersOfCustomer(customer));
  return lists.length === 0 ? [] : unionSorted(lists);
}

/** What bounds a filter by placement time: calendar days in the store zone, and exact instants. */
export interface PlacedBounds {
  from?: string;
  to?: string;
  placedAfter?: string;
  placedUpTo?: string;
}

/**
 * The positions [start, end) of orders placed within the bounds. Orders are kept newest first,
 * so each bound is one binary search.
 */
export function positionRange(db: MockDb, bounds: PlacedBounds): [number, number] {
  // All stores share one time zone; the first store's stands for them.
  const timeZone = db.stores[0]?.timeZone ?? 'Asia/Shanghai';
  const orders = db.orders;
  /** The first position placed before `ms` (later times have lower positions). */
  const firstBefore = (ms: number) => {
    let lo = 0;
    let hi = orders.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((orders[mid] as OrderRow).placedAt >= ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let start = 0;
  let end = orders.length;
  if (bounds.to)
    start = Math.max(start, firstBefore(dayStartMs(dateToDay(bounds.to) + 1, timeZone)));
  if (bounds.placedUpTo) start = Math.max(start, firstBefore(Date.parse(bounds.placedUpTo) + 1));
  if (bounds.from) end = Math.min(end, firstBefore(dayStartMs(dateToDay(bounds.from), timeZone)));
  if (bounds.placedAfter) end = Math.min(end, firstBefore(Date.parse(bounds.placedAfter) + 1));
  return [start, Math.max(start, end)];
}
