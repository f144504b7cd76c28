// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import type { OrderListParams } from '@/api/contract';
import type { Scope } from '@/domain/access';
import { ORDER_STATUSES } from '@/domain/order/status';
import { generateSeed } from '../seed';
import { MockDb } from './database';
import { countOrders, queryOrders } from './order-query';
import { dateToDay, dayNumber, dayToDate } from './time';
import type { OrderRow } from './types';

const NOW = Date.parse('2026-11-22T06:00:00Z');
const db = new MockDb(generateSeed({ seed: 7, orders: 4_000, now: NOW }));

const ADMIN: Scope = { role: 'admin', storeIds: [], locationIds: [], regions: [] };
const STORE: Scope = { role: 'store_staff', storeIds: ['st-sh01'], locationIds: [], regions: [] };
const MANAGER: Scope = { role: 'manager', storeIds: [], locationIds: [], regions: ['south'] };
const WAREHOUSE: Scope = {
  role: 'warehouse',
  storeIds: [],
  locationIds: ['loc-wh-sh'],
  regions: [],
};

const defaults: OrderListParams = {
  page: 1,
  pageSize: 50,
  sort: '-placedAt',
  status: 'all',
  tagMode: 'any',
};

/** The rules of the list, written the slow and obvious way. */
function bruteForce(scope: Scope, p: OrderListParams): OrderRow[] {
  const customerMatches = (row: OrderRow, q: string) => {
    const c = db.customerOf(row);
    return (
      c.phone === q ||
      (/^\d{4}$/.test(q) && c.phone.endsWith(q)) ||
      (/[^\dA-Za-z-]/.test(q) && c.name.includes(q))
    );
  };
  const matches = db.orders.filter((row) => {
    const store = db.storeOf(row);
    const day = dayNumber(row.placedAt, store.timeZone);
    if (scope.role === 'store_staff' && !scope.storeIds.includes(store.id)) return false;
    if (scope.role === 'manager' && !scope.regions.includes(store.region)) return false;
    if (
      scope.role === 'warehouse' &&
      (!row.locationId || !scope.locationIds.includes(row.locationId))
    )
      return false;
    if (p.status !== 'all' && row.status !== p.status) return false;
    if (p.storeId && !p.storeId.includes(store.id)) return false;
    if (p.region && !p.region.includes(store.region)) return false;
    if (p.from && day < dateToDay(p.from)) return false;
    if (p.to && day > dateToDay(p.to)) return false;
    if (p.placedAfter && row.placedAt <= Date.parse(p.placedAfter)) return false;
    if (p.placedUpTo && row.placedAt > Date.parse(p.placedUpTo)) return false;
    if (p.shippedFrom || p.shippedTo) {
      if (!row.shipment) return false;
      const shippedDay = dayNumber(row.shipment.shippedAt, store.timeZone);
      if (p.shippedFrom && shippedDay < dateToDay(p.shippedFrom)) return false;
      if (p.shippedTo && shippedDay > dateToDay(p.shippedTo)) return false;
    }
    const carrier = row.carrier ?? row.shipment?.carrier;
    if (p.carrier && (!carrier || !p.carrier.includes(carrier))) return false;
    if (p.paymentStatus && !p.paymentStatus.includes(row.paymentStatus)) return false;
    if (p.tags && p.tagMode === 'any' && !p.tags.some((t) => row.tagIds.includes(t))) return false;
    if (p.tags && p.tagMode === 'all' && !p.tags.every((t) => row.tagIds.includes(t))) return false;
    if (p.hasException !== undefined && Boolean(row.shipment?.exception) !== p.hasException)
      return false;
    if (p.riskFlagged && row.riskFlags.length === 0) return false;
    if (p.minTotal !== undefined && row.total < p.minTotal) return false;
    if (p.maxTotal !== undefined && row.total > p.maxTotal) return false;
    if (p.q && row.number !== p.q && row.shipment?.waybill !== p.q && !customerMatches(row, p.q))
      return false;
    return true;
  });
  const rank = (s: OrderRow['status']) => ORDER_STATUSES.indexOf(s);
  const newestFirst = (a: OrderRow, b: OrderRow) =>
    b.placedAt - a.placedAt || db.orders.indexOf(a) - db.orders.indexOf(b);
  const by: Record<OrderListParams['sort'], (a: OrderRow, b: OrderRow) => number> = {
    '-placedAt': newestFirst,
    placedAt: (a, b) => -newestFirst(a, b),
    total: (a, b) => a.total - b.total || newestFirst(a, b),
    '-total': (a, b) => b.total - a.total || newestFirst(a, b),
    status: (a, b) => rank(a.status) - rank(b.status) || newestFirst(a, b),
    '-status': (a, b) => rank(b.status) - rank(a.status) || newestFirst(a, b),
  };
  return matches.sort(by[p.sort]);
}

const sample = db.orders.find((o) => o.shipment && o.tagIds.length > 0)!;
const sampleCustomer = db.customerOf(sample);
/** A view pinned at one order's placement time, as the list pins it when loaded. */
const pinned = db.orders[120]!;
const at = (ms: number) => new Date(ms).toISOString();

const cases: [string, Scope, Partial<OrderListParams>][] = [
  ['everything, newest first', ADMIN, {}],
  ['oldest first, page 3', ADMIN, { sort: 'placedAt', page: 3 }],
  ['by total, descending', ADMIN, { sort: '-total', pageSize: 100 }],
  ['by total, ascending, page 2', ADMIN, { sort: 'total', page: 2 }],
  ['by status', ADMIN, { sort: 'status', page: 4 }],
  ['by status, descending', MANAGER, { sort: '-status' }],
  ['one status', ADMIN, { status: 'pending_review' }],
  ['a date range', ADMIN, { from: '2026-10-01', to: '2026-10-15' }],
  ['a single day', ADMIN, { from: '2026-11-11', to: '2026-11-11', sort: '-total' }],
  ['two stores', ADMIN, { storeId: ['st-gz01', 'st-bj01'] }],
  ['a region', ADMIN, { region: ['southwest'] }],
  ['payment status', ADMIN, { paymentStatus: ['refunded', 'partially_refunded'] }],
  ['any tag', ADMIN, { tags: ['tag-urgent', 'tag-vip'] }],
  ['all tags', ADMIN, { tags: ['tag-vip', 'tag-complaint'], tagMode: 'all' }],
  ['exceptions', ADMIN, { hasException: true }],
  ['no exceptions, shipped', ADMIN, { hasException: false, status: 'shipped' }],
  ['a total range', ADMIN, { minTotal: 10_000, maxTotal: 20_000 }],
  ['placed up to an instant', ADMIN, { placedUpTo: at(pinned.placedAt) }],
  ['placed after an instant', ADMIN, { placedAfter: at(pinned.placedAt), sort: 'placedAt' }],
  [
    'placed after one instant and up to another',
    ADMIN,
    { placedAfter: at(db.orders[400]!.placedAt), placedUpTo: at(pinned.placedAt) },
  ],
  [
    'an instant bound inside a day range',
    STORE,
    { from: '2026-11-01', to: '2026-11-22', placedUpTo: at(db.orders[60]!.placedAt) },
  ],
  ['nothing placed after the newest order', ADMIN, { placedAfter: at(db.orders[0]!.placedAt) }],
  ['bounds that cross give nothing', ADMIN, { placedAfter: at(NOW), placedUpTo: at(NOW - 1) }],
  ['shipped on one day', ADMIN, { shippedFrom: '2026-11-20', shippedTo: '2026-11-20' }],
  [
    'shipped today from a warehouse',
    WAREHOUSE,
    { shippedFrom: '2026-11-22', shippedTo: '2026-11-22' },
  ],
  ['shipped since a day, by total', MANAGER, { shippedFrom: '2026-11-15', sort: '-total' }],
  [
    'shipped up to a day, placed since another',
    ADMIN,
    { shippedTo: '2026-10-01', from: '2026-09-20' },
  ],
  [
    'shipped in a week, completed since',
    ADMIN,
    { shippedFrom: '2026-11-01', shippedTo: '2026-11-07', status: 'completed' },
  ],
  [
    'shipped days that cross give nothing',
    ADMIN,
    { shippedFrom: '2026-11-20', shippedTo: '2026-11-19' },
  ],
  ['one carrier', ADMIN, { carrier: ['SF'] }],
  ['two carriers, to ship', ADMIN, { carrier: ['JD', 'DEPPON'], status: 'allocated' }],
  [
    'a carrier and a tag, by total',
    MANAGER,
    { carrier: ['ZTO'], tags: ['tag-complaint'], sort: '-total' },
  ],
  [
    'risk-flagged orders waiting for review',
    ADMIN,
    { riskFlagged: true, status: 'pending_review' },
  ],
  ['risk-flagged orders of a store', STORE, { riskFlagged: true }],
  ['store staff sees their store only', STORE, {}],
  ['store staff filtering another store gets nothing', STORE, { storeId: ['st-gz01'] }],
  ['manager of a region', MANAGER, { status: 'completed' }],
  ['warehouse sees its allocations', WAREHOUSE, {}],
  ['q: order number', ADMIN, { q: sample.number }],
  ['q: waybill', ADMIN, { q: sample.shipment!.waybill }],
  ['q: phone', ADMIN, { q: sampleCustomer.phone }],
  ['q: last four of the phone', ADMIN, { q: sampleCustomer.phone.slice(-4) }],
  ['q: customer name', ADMIN, { q: sampleCustomer.name }],
  ['q: surname, in a store', STORE, { q: '王' }],
  ['q with nothing to find', ADMIN, { q: 'SO2000010100001' }],
  [
    'many filters at once',
    ADMIN,
    {
      region: ['east'],
      from: '2026-09-01',
      to: '2026-11-20',
      paymentStatus: ['paid'],
      minTotal: 5_000,
      sort: 'total',
    },
  ],
];

describe('queryOrders agrees with a brute-force filter', () => {
  it.each(cases)('%s', (_, scope, partial) => {
    const params = { ...defaults, ...partial };
    const expected = bruteForce(scope, params);
    const result = queryOrders(db, scope, params);
    expect(result.total).toBe(expected.length);
    const start = (params.page - 1) * params.pageSize;
    expect(result.rows.map((r) => r.number)).toEqual(
      expected.slice(start, start + params.pageSize).map((r) => r.number),
    );
  });

  it('finds the sample by waybill and by the last four digits of the phone', () => {
    expect(
      queryOrders(db, ADMIN, { ...defaults, q: sample.shipment!.waybill }).rows.map((r) => r.id),
    ).toEqual([sample.id]);
    expect(
      queryOrders(db, ADMIN, {
        ...defaults,
        q: sampleCustomer.phone.slice(-4),
        pageSize: 1000,
      }).rows.map((r) => r.id),
    ).toContain(sample.id);
  });
});

describe('placement bounds', () => {
  it('takes placedUpTo as inclusive and placedAfter as exclusive', () => {
    const instant = at(pinned.placedAt);
    const upTo = queryOrders(db, ADMIN, { ...defaults, placedUpTo: instant, pageSize: 1 });
    const after = queryOrders(db, ADMIN, {
      ...defaults,
      placedAfter: instant,
      sort: 'placedAt',
      pageSize: 1000,
    });
    expect(upTo.rows[0]?.id).toBe(pinned.id);
    expect(after.rows.map((r) => r.id)).not.toContain(pinned.id);
    expect(upTo.total + after.total).toBe(db.orders.length);
  });

  it('counts what is new since a pinned instant', () => {
    const counts = countOrders(db, ADMIN, { placedAfter: at(pinned.placedAt) });
    expect(counts.all).toBe(db.orders.filter((o) => o.placedAt > pinned.placedAt).length);
  });
});

describe('shipping days', () => {
  it('are calendar days in the store zone, inclusive at both ends', () => {
    const shipped = db.orders.filter((o) => o.shipment);
    const lastShipped = Math.max(...shipped.map((o) => o.shipment!.shippedAt));
    const day = dayToDate(dayNumber(lastShipped, 'Asia/Shanghai'));
    const onThatDay = shipped.filter(
      (o) => dayToDate(dayNumber(o.shipment!.shippedAt, 'Asia/Shanghai')) === day,
    );
    expect(onThatDay.length).toBeGreaterThan(0);
    const counts = countOrders(db, ADMIN, { shippedFrom: day, shippedTo: day });
    expect(counts.all).toBe(onThatDay.length);
    // Shanghai midnight is 16:00 UTC the day before: a UTC calendar would split the day.
    const start = Date.parse(`${day}T00:00:00+08:00`);
    for (const o of onThatDay) {
      expect(o.shipment!.shippedAt).toBeGreaterThanOrEqual(start);
      expect(o.shipment!.shippedAt).toBeLessThan(start + 24 * 3_600_000);
    }
  });

  it('count an order shipped after seeding on the day it shipped', () => {
    const local = new MockDb(generateSeed({ seed: 9, orders: 500, now: NOW }));
    const target = local.orders.find((o) => o.status === 'allocated')!;
    const today = dayToDate(dayNumber(NOW, 'Asia/Shanghai'));
    const filter = { shippedFrom: today, shippedTo: today, locationId: [target.locationId!] };
    const before = countOrders(local, ADMIN, filter);
    local.updateOrder(
      target.id,
      (d) => {
        d.status = 'shipped';
        d.shipment = { ...db.orders.find((o) => o.shipment)!.shipment!, shippedAt: NOW };
        d.shipment.locationId = target.locationId!;
      },
      { at: NOW, by: null },
    );
    const after = countOrders(local, ADMIN, filter);
    expect(after.shipped).toBe(before.shipped + 1);
    expect(
      queryOrders(local, ADMIN, { ...defaults, ...filter, pageSize: 1000 }).rows.map((r) => r.id),
    ).toContain(target.id);
  });
});

describe('countOrders', () => {
  it.each(cases.filter(([, , p]) => !p.status))(
    'agrees with brute force: %s',
    (_, scope, partial) => {
      const params = { ...defaults, ...partial };
      const matches = bruteForce(scope, params);
      const counts = countOrders(db, scope, params);
      expect(counts.all).toBe(matches.length);
      for (const status of ORDER_STATUSES)
        expect(counts[status]).toBe(matches.filter((r) => r.status === status).length);
    },
  );
});

describe('updates keep the indexes right', () => {
  it('moves an order between status lists and back', () => {
    const local = new MockDb(generateSeed({ seed: 9, orders: 500, now: NOW }));
    const target = local.orders.find((o) => o.status === 'approved')!;
    const before = countOrders(local, ADMIN, {});
    local.updateOrder(target.id, (d) => void (d.status = 'on_hold'), { at: NOW, by: null });
    const after = countOrders(local, ADMIN, {});
    expect(after.approved).toBe(before.approved - 1);
    expect(after.on_hold).toBe(before.on_hold + 1);
    expect(
      queryOrders(local, ADMIN, { ...defaults, status: 'on_hold', pageSize: 1000 }).rows.map(
        (r) => r.id,
      ),
    ).toContain(target.id);
    expect(local.order(target.id)?.version).toBe(target.version + 1);
    expect(Object.keys(local.exportOverlay().orders)).toEqual([target.id]);
  });
});
