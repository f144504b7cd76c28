import {
  FUNNEL_STAGES,
  SHIP_LATENCY_BUCKETS,
  averageTransitDays,
  emptySums,
  furthestStage,
  kpiFigures,
  ratio,
  reachedStage,
  shipLatencyBucket,
  shippedWithin24h,
  type OrderSums,
} from '@/domain/analytics';
import type { Scope } from '@/domain/access';
import { allocateProportionally } from '@/domain/money';
import type { AnalyticsFilter } from './analytics-cells';
import type { MockDb } from './database';
import { dateToDay, dayNumber, dayToDate } from './time';
import type { OrderRow } from './types';

/**
 * What every analytics answer must be, worked out the slow and obvious way: one loop over every
 * order, the rules from src/domain. Tests hold the pre-aggregated answers against this.
 */

type Dimension = 'region' | 'province' | 'store' | 'category' | 'status' | 'carrier';
export interface Tally {
  orders: number;
  gmv: number;
}

const DAY_MS = 86_400_000;

/** One sold order's money that falls in a category the filter takes. */
export interface MoneyShare {
  row: OrderRow;
  category: string;
  amount: number;
}

/**
 * What a request counts: the orders placed on the days [from − shift, to − shift] in their
 * store's zone, in scope and filter (category: the primary one), and the money of the sold
 * orders of those days and stores, line by line, in the filter's categories.
 */
export interface Counted {
  orders: OrderRow[];
  money: MoneyShare[];
}

export function countedOf(db: MockDb, scope: Scope, filter: AnalyticsFilter, shift = 0): Counted {
  const first = dateToDay(filter.from) - shift;
  const last = dateToDay(filter.to) - shift;
  const takes = (category: string) =>
    !filter.category?.length || filter.category.includes(category);
  const counted: Counted = { orders: [], money: [] };
  for (const row of db.orders) {
    const store = db.storeOf(row);
    const day = dayNumber(row.placedAt, store.timeZone);
    if (day < first || day > last) continue;
    if (scope.role === 'manager' && !scope.regions.includes(store.region)) continue;
    if (filter.region?.length && !filter.region.includes(store.region)) continue;
    if (filter.storeId?.length && !filter.storeId.includes(store.id)) continue;
    if (takes(db.categories[row.primaryCategory] ?? '')) counted.orders.push(row);
    if (!isSold(row)) continue;
    for (const [category, amount] of moneyByCategory(db, row))
      if (takes(category)) counted.money.push({ row, category, amount });
  }
  return counted;
}

function isSold(row: OrderRow): boolean {
  return row.paidAt !== null && row.status !== 'cancelled';
}

export function sumsOf({ orders, money }: Counted): OrderSums {
  const sums = emptySums();
  for (const share of money) sums.gmv += share.amount;
  for (const row of orders) {
    sums.orders += 1;
    if (row.paidAt !== null) sums.paid += 1;
    if (isSold(row)) sums.sold += 1;
    if (row.status === 'cancelled') sums.cancelled += 1;
    if (row.paymentStatus === 'refunded' || row.paymentStatus === 'partially_refunded')
      sums.refunded += 1;
    if (row.shipment) {
      sums.shipped += 1;
      if (row.paidAt !== null && shippedWithin24h(row.paidAt, row.shipment.shippedAt))
        sums.shippedWithin24h += 1;
    }
  }
  return sums;
}

export function kpisOf(counted: Counted) {
  return kpiFigures(sumsOf(counted));
}

/** A sold order's money per category name: its total shared by its lines' amounts. */
function moneyByCategory(db: MockDb, row: OrderRow): Map<string, number> {
  const names: string[] = [];
  const amounts: number[] = [];
  for (let i = 0; i < row.lines.length; i += 2) {
    const product = db.productAt(row.lines[i] as number);
    names.push(db.categories[product.categoryIndex] ?? '');
    amounts.push(product.price.amount * (row.lines[i + 1] as number));
  }
  const shares = allocateProportionally(row.total, amounts);
  const result = new Map<string, number>();
  names.forEach((name, i) => result.set(name, (result.get(name) ?? 0) + (shares[i] as number)));
  return result;
}

/** The key an order counts under in a breakdown, or null (no carrier yet). */
export function keyOf(db: MockDb, dimension: Dimension, row: OrderRow): string | null {
  const store = db.storeOf(row);
  switch (dimension) {
    case 'region':
      return store.region;
    case 'province':
      return store.province;
    case 'store':
      return store.id;
    case 'category':
      return db.categories[row.primaryCategory] ?? null;
    case 'status':
      return row.status;
    case 'carrier':
      return row.carrier ?? row.shipment?.carrier ?? null;
  }
}

export function breakdownOf(
  db: MockDb,
  counted: Counted,
  dimension: Dimension,
): Map<string, Tally> {
  const rows = new Map<string, Tally>();
  const tally = (key: string) => {
    const row = rows.get(key) ?? { orders: 0, gmv: 0 };
    rows.set(key, row);
    return row;
  };
  for (const row of counted.orders) {
    const key = keyOf(db, dimension, row);
    if (key !== null) tally(key).orders += 1;
  }
  for (const share of counted.money) {
    const key = dimension === 'category' ? share.category : keyOf(db, dimension, share.row);
    if (key !== null) tally(key).gmv += share.amount;
  }
  for (const [key, row] of rows) if (row.orders === 0 && row.gmv === 0) rows.delete(key);
  return rows;
}

/** Points per day, or per week from Monday (the first cut at the period's first day). */
export function trendOf(
  db: MockDb,
  counted: Counted,
  from: string,
  to: string,
  granularity: 'day' | 'week',
): { date: string; orders: number; gmv: number }[] {
  const first = dateToDay(from);
  const last = dateToDay(to);
  const startOf = (day: number) => {
    if (granularity === 'day') return day;
    const weekday = new Date(day * DAY_MS).getUTCDay(); // 0 is Sunday
    return Math.max(first, day - ((weekday + 6) % 7));
  };
  const points = new Map<number, { date: string; orders: number; gmv: number }>();
  for (let day = first; day <= last; day += 1) {
    const start = startOf(day);
    if (!points.has(start)) points.set(start, { date: dayToDate(start), orders: 0, gmv: 0 });
  }
  const pointOf = (row: OrderRow) =>
    points.get(startOf(dayNumber(row.placedAt, db.storeOf(row).timeZone)));
  for (const row of counted.orders) {
    const point = pointOf(row);
    if (point) point.orders += 1;
  }
  for (const share of counted.money) {
    const point = pointOf(share.row);
    if (point) point.gmv += share.amount;
  }
  return [...points.values()];
}

export function funnelOf(orders: readonly OrderRow[]) {
  return FUNNEL_STAGES.map((stage) => ({
    stage,
    orders: orders.filter((row) =>
      reachedStage(furthestStage(row.status, row.paidAt !== null), stage),
    ).length,
  }));
}

export function shipLatencyOf(orders: readonly OrderRow[]) {
  const timed = orders.filter((row) => row.shipment && row.paidAt !== null);
  const bucketOf = (row: OrderRow) =>
    shipLatencyBucket(row.paidAt as number, (row.shipment as { shippedAt: number }).shippedAt);
  const within = timed.filter((row) =>
    shippedWithin24h(row.paidAt as number, (row.shipment as { shippedAt: number }).shippedAt),
  ).length;
  return {
    buckets: SHIP_LATENCY_BUCKETS.map((bucket) => ({
      bucket,
      orders: timed.filter((row) => bucketOf(row) === bucket).length,
    })),
    shipped: timed.length,
    shippedWithin24hRate: ratio(within, timed.length),
  };
}

export function carriersOf(orders: readonly OrderRow[]) {
  const rows = new Map<
    string,
    { shipped: number; delivered: number; transitMs: number; exceptions: number }
  >();
  for (const row of orders) {
    const shipment = row.shipment;
    if (!shipment) continue;
    const sums = rows.get(shipment.carrier) ?? {
      shipped: 0,
      delivered: 0,
      transitMs: 0,
      exceptions: 0,
    };
    rows.set(shipment.carrier, sums);
    sums.shipped += 1;
    if (shipment.deliveredAt !== null) {
      sums.delivered += 1;
      sums.transitMs += shipment.deliveredAt - shipment.shippedAt;
    }
    if (shipment.exception !== null) sums.exceptions += 1;
  }
  return new Map(
    [...rows].map(([carrier, s]) => [
      carrier,
      {
        carrier,
        shipped: s.shipped,
        delivered: s.delivered,
        averageTransitDays: averageTransitDays(s.transitMs, s.delivered),
        exceptions: s.exceptions,
        exceptionRate: ratio(s.exceptions, s.shipped),
      },
    ]),
  );
}
