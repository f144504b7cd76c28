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

export function positionRange(
  db: MockDb,
  from: string | undefined,
  to: string | undefined,
): [number, number] {
  // All stores share one time zone; the first store's stands for them.
  const timeZone = db.stores[0]?.timeZone ?? 'Asia/Shanghai';
  const orders = db.orders;
  // Newest first: later times have lower positions.
  const firstAtOrBefore = (ms: number) => {
    let lo = 0;
    let hi = orders.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((orders[mid] as OrderRow).placedAt >= ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = to ? firstAtOrBefore(dayStartMs(dateToDay(to) + 1, timeZone)) : 0;
  const end = from ? firstAtOrBefore(dayStartMs(dateToDay(from), timeZone)) : orders.length;
  return [start, end];
}
