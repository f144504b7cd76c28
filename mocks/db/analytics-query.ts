import type { Breakdown, KpiValues, Trend } from '@/api/contract';
import { storeInScope, type Scope } from '@/domain/access';
import { money } from '@/domain/money';
import { CARRIERS } from '@/domain/waybill/carriers';
import type { Region } from '@/domain/region';
import type { Cell } from './analytics-cube';
import type { MockDb } from './database';
import { dateToDay, dayToDate } from './time';

export interface AnalyticsFilter {
  from: string;
  to: string;
  region?: Region[];
  storeId?: string[];
  category?: string[];
}

const REGION_LABELS: Record<Region, string> = {
  east: '华东',
  south: '华南',
  north: '华北',
  central: '华中',
  southwest: '西南',
  northwest: '西北',
  northeast: '东北',
};

const CARRIER_LABELS: Record<(typeof CARRIERS)[number], string> = {
  SF: '顺丰速运',
  JD: '京东物流',
  ZTO: '中通快递',
  YTO: '圆通速递',
  STO: '申通快递',
  YUNDA: '韵达快递',
  EMS: '中国邮政EMS',
  JT: '极兔速递',
  DEPPON: '德邦快递',
  UPS: 'UPS',
  DHL: 'DHL 国际快递',
  FEDEX: '联邦快递 FedEx',
  USPS: '美国邮政 USPS',
};

const STATUS_LABELS: Record<string, string> = {
  unpaid: '待付款',
  pending_review: '待审核',
  on_hold: '已挂起',
  approved: '待配货',
  allocated: '待发货',
  shipped: '已发货',
  delivered: '已签收',
  completed: '已完成',
  cancelled: '已取消',
};

/** Which cells a request may read: stores in scope and in the filter, categories in the filter. */
function cellFilter(db: MockDb, scope: Scope, filter: AnalyticsFilter): (cell: Cell) => boolean {
  const stores = db.stores.map(
    (store) =>
      storeInScope(scope, store) &&
      (!filter.storeId?.length || filter.storeId.includes(store.id)) &&
      (!filter.region?.length || filter.region.includes(store.region)),
  );
  const categories = db.categories.map(
    (name) => !filter.category?.length || filter.category.includes(name),
  );
  return (cell) => stores[cell.store] === true && categories[cell.category] === true;
}

interface Sums {
  orders: number;
  gmv: number;
  paid: number;
  cancelled: number;
  refunded: number;
  shipped: number;
  shippedWithin24h: number;
}

function sum(db: MockDb, accept: (cell: Cell) => boolean, fromDay: number, toDay: number): Sums {
  const s: Sums = {
    orders: 0,
    gmv: 0,
    paid: 0,
    cancelled: 0,
    refunded: 0,
    shipped: 0,
    shippedWithin24h: 0,
  };
  db.cube.forEachCell(fromDay, toDay, (_, cell) => {
    if (!accept(cell)) return;
    s.orders += cell.orders;
    s.gmv += cell.gmv;
    s.paid += cell.paid;
    if (cell.status === 'cancelled') s.cancelled += cell.orders;
    s.refunded += cell.refunded;
    s.shipped += cell.shipped;
    s.shippedWithin24h += cell.shippedWithin24h;
  });
  return s;
}

function kpiValues(s: Sums): KpiValues {
  const sold = s.paid - s.cancelled;
  const ratio = (a: number, b: number) => (b > 0 ? Math.min(1, Math.max(0, a / b)) : 0);
  return {
    gmv: money(s.gmv),
    orders: s.orders,
    averageOrderValue: money(sold > 0 ? Math.round(s.gmv / sold) : 0),
    cancellationRate: ratio(s.cancelled, s.orders),
    refundRate: ratio(s.refunded, s.paid),
    shippedWithin24hRate: ratio(s.shippedWithin24h, s.shipped),
  };
}

function period(filter: AnalyticsFilter): { fromDay: number; toDay: number; length: number } {
  const fromDay = dateToDay(filter.from);
  const toDay = dateToDay(filter.to);
  return { fromDay, toDay, length: toDay - fromDay + 1 };
}

export function kpis(db: MockDb, scope: Scope, filter: AnalyticsFilter) {
  const accept = cellFilter(db, scope, filter);
  const { fromDay, toDay, length } = period(filter);
  return {
    current: kpiValues(sum(db, accept, fromDay, toDay)),
    previous: kpiValues(sum(db, accept, fromDay - length, fromDay - 1)),
    from: filter.from,
    to: filter.to,
  };
}

export function breakdown(
  db: MockDb,
  scope: Scope,
  filter: AnalyticsFilter,
  dimension: Breakdown['dimension'],
): Breakdown {
  const accept = cellFilter(db, scope, filter);
  const { fromDay, toDay } = period(filter);
  const rows = new Map<string, { key: string; label: string; orders: number; gmv: number }>();
  db.cube.forEachCell(fromDay, toDay, (_, cell) => {
    if (!accept(cell)) return;
    const store = db.stores[cell.store];
    if (!store) return;
    let key: string;
    let label: string;
    switch (dimension) {
      case 'region':
        key = store.region;
        label = REGION_LABELS[store.region];
        break;
      case 'province':
        key = store.province;
        label = store.province;
        break;
      case 'store':
        key = store.id;
        label = store.name;
        break;
      case 'category':
        key = db.categories[cell.category] ?? String(cell.category);
        label = key;
        break;
      case 'status':
        key = cell.status;
        label = STATUS_LABELS[cell.status] ?? cell.status;
        break;
      case 'carrier': {
        const carrier = CARRIERS[cell.carrier];
        if (!carrier) return;
        key = carrier;
        label = CARRIER_LABELS[carrier];
        break;
      }
    }
    const row = rows.get(key) ?? { key, label, orders: 0, gmv: 0 };
    row.orders += cell.orders;
    row.gmv += cell.gmv;
    rows.set(key, row);
  });
  return {
    dimension,
    rows: [...rows.values()]
      .filter((r) => r.orders > 0 || r.gmv > 0)
      .sort((a, b) => b.gmv - a.gmv || b.orders - a.orders)
      .map((r) => ({ key: r.key, label: r.label, orders: r.orders, gmv: money(r.gmv) })),
  };
}

/** Monday of the week a day falls in (1970-01-01 was a Thursday). */
function weekStart(day: number): number {
  return day - ((day + 3) % 7);
}

function points(
  db: MockDb,
  accept: (cell: Cell) => boolean,
  fromDay: number,
  toDay: number,
  granularity: Trend['granularity'],
) {
  const bucketOf = (day: number) =>
    granularity === 'day' ? day : Math.max(fromDay, weekStart(day));
  const buckets = new Map<number, { orders: number; gmv: number }>();
  for (let day = fromDay; day <= toDay; day += 1) {
    if (!buckets.has(bucketOf(day))) buckets.set(bucketOf(day), { orders: 0, gmv: 0 });
  }
  db.cube.forEachCell(fromDay, toDay, (day, cell) => {
    if (!accept(cell)) return;
    const bucket = buckets.get(bucketOf(day));
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
  const accept = cellFilter(db, scope, filter);
  const { fromDay, toDay, length } = period(filter);
  return {
    granularity,
    current: points(db, accept, fromDay, toDay, granularity),
    previous: points(db, accept, fromDay - length, fromDay - 1, granularity),
  };
}
