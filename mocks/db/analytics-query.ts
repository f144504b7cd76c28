import type { Breakdown, KpiSummary, KpiValues, Trend } from '@/api/contract';
import { kpiFigures, type OrderSums } from '@/domain/analytics/kpis';
import { regionInScope, type Scope } from '@/domain/access';
import { REGIONS } from '@/domain/region';
import { money } from '@/domain/money';
import { ORDER_STATUSES } from '@/domain/order/status';
import { CARRIERS } from '@/domain/waybill/carriers';
import type { Cell } from './analytics-cube';
import {
  forEachSelected,
  previousOf,
  select,
  sumSelected,
  type AnalyticsFilter,
  type Selection,
} from './analytics-cells';
import { CARRIER_LABELS, REGION_LABELS, STATUS_LABELS } from './analytics-labels';
import type { MockDb } from './database';
import { dayToDate } from './time';

export type { AnalyticsFilter } from './analytics-cells';
export { carriers, funnel, shipLatency } from './analytics-funnel';

function kpiValues(sums: OrderSums): KpiValues {
  const figures = kpiFigures(sums);
  return {
    gmv: money(figures.gmvFen),
    orders: figures.orders,
    averageOrderValue: money(figures.averageOrderValueFen),
    cancellationRate: figures.cancellationRate,
    refundRate: figures.refundRate,
    shippedWithin24hRate: figures.shippedWithin24hRate,
  };
}

export function kpis(db: MockDb, scope: Scope, filter: AnalyticsFilter): KpiSummary {
  const selection = select(db, scope, filter);
  return {
    current: kpiValues(sumSelected(db, selection)),
    previous: kpiValues(sumSelected(db, previousOf(selection))),
    from: filter.from,
    to: filter.to,
  };
}

type Dimension = Breakdown['dimension'];

interface Named {
  key: string;
  label: string;
}

/** The rows a dimension can have, and which of them a cell counts under (-1: none). */
function rowsOf(db: MockDb, dimension: Dimension): { rows: Named[]; of: (cell: Cell) => number } {
  switch (dimension) {
    case 'region': {
      const slotOf = new Map(REGIONS.map((region, slot) => [region, slot]));
      const storeRow = db.stores.map((store) => slotOf.get(store.region) ?? -1);
      return {
        rows: REGIONS.map((region) => ({ key: region, label: REGION_LABELS[region] })),
        of: (cell) => storeRow[cell.store] ?? -1,
      };
    }
    case 'province':
    case 'store': {
      // Several stores share a province: each store points at its row.
      const rows: Named[] = [];
      const slots = new Map<string, number>();
      const storeRow = db.stores.map((store) => {
        const named =
          dimension === 'province'
            ? { key: store.province, label: store.province }
            : { key: store.id, label: store.name };
        let slot = slots.get(named.key);
        if (slot === undefined) {
          slot = rows.push(named) - 1;
          slots.set(named.key, slot);
        }
        return slot;
      });
      return { rows, of: (cell) => storeRow[cell.store] ?? -1 };
    }
    case 'category':
      return {
        rows: db.categories.map((name) => ({ key: name, label: name })),
        of: (cell) => cell.category,
      };
    case 'status':
      return {
        rows: ORDER_STATUSES.map((status) => ({ key: status, label: STATUS_LABELS[status] })),
        of: (cell) => cell.statusIndex,
      };
    case 'carrier':
      return {
        rows: CARRIERS.map((carrier) => ({ key: carrier, label: CARRIER_LABELS[carrier] })),
        of: (cell) => cell.carrier,
      };
  }
}

export function breakdown(
  db: MockDb,
  scope: Scope,
  filter: AnalyticsFilter,
  dimension: Dimension,
): Breakdown {
  const { rows, of } = rowsOf(db, dimension);
  // Every region the user reports on shows, even without sales, unless stores were picked.
  const keptAtZero = (region: string) =>
    !filter.storeId?.length &&
    REGIONS.some(
      (r) =>
        r === region &&
        regionInScope(scope, r) &&
        (!filter.region?.length || filter.region.includes(r)),
    );
  const orders = rows.map(() => 0);
  const gmv = rows.map(() => 0);
  forEachSelected(db, select(db, scope, filter), (_, cell) => {
    const slot = of(cell);
    if (slot < 0) return;
    orders[slot] = (orders[slot] as number) + cell.orders;
    gmv[slot] = (gmv[slot] as number) + cell.gmv;
  });
  return {
    dimension,
    rows: rows
      .map((named, i) => ({ ...named, orders: orders[i] as number, gmv: gmv[i] as number }))
      .filter((r) => r.orders > 0 || r.gmv > 0 || (dimension === 'region' && keptAtZero(r.key)))
      .sort((a, b) => b.gmv - a.gmv || b.orders - a.orders)
      .map((r) => ({ key: r.key, label: r.label, orders: r.orders, gmv: money(r.gmv) })),
  };
}

/** Monday of the week a day falls in (1970-01-01 was a Thursday). */
function weekStart(day: number): number {
  return day - ((day + 3) % 7);
}

function points(db: MockDb, selection: Selection, granularity: Trend['granularity']) {
  const { fromDay, toDay } = selection;
  const bucketOf = (day: number) =>
    granularity === 'day' ? day : Math.max(fromDay, weekStart(day));
  const buckets = new Map<number, { orders: number; gmv: number }>();
  // The bucket of each day of the period, by its offset from the first.
  const bucketOfDay: { orders: number; gmv: number }[] = [];
  for (let day = fromDay; day <= toDay; day += 1) {
    const start = bucketOf(day);
    let bucket = buckets.get(start);
    if (!bucket) {
      bucket = { orders: 0, gmv: 0 };
      buckets.set(start, bucket);
    }
    bucketOfDay.push(bucket);
  }
  forEachSelected(db, selection, (day, cell) => {
    const bucket = bucketOfDay[day - fromDay];
    if (!bucket) return;
    bucket.orders += cell.orders;
    bucket.gmv += cell.gmv;
  });
  return [...buckets].map(([day, b]) => ({
    date: dayToDate(day),
    orders: b.orders,
    gmv: money(b.gmv),
  }));
}

export function trend(
  db: MockDb,
  scope: Scope,
  filter: AnalyticsFilter,
  granularity: Trend['granularity'],
): Trend {
  const selection = select(db, scope, filter);
  return {
    granularity,
    current: points(db, selection, granularity),
    previous: points(db, previousOf(selection), granularity),
  };
}
