// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import type { Scope } from '@/domain/access';
import { generateSeed } from '../seed';
import { breakdown, kpis, trend, type AnalyticsFilter } from './analytics-query';
import { MockDb } from './database';
import { HOUR, dateToDay, dayNumber } from './time';
import type { OrderRow } from './types';

const NOW = Date.parse('2026-11-22T06:00:00Z');
const db = new MockDb(generateSeed({ seed: 11, orders: 3_000, now: NOW }));
const ADMIN: Scope = { role: 'admin', storeIds: [], locationIds: [], regions: [] };
const EAST: Scope = { role: 'manager', storeIds: [], locationIds: [], regions: ['east'] };

function ordersIn(scope: Scope, filter: AnalyticsFilter, shift = 0): OrderRow[] {
  const from = dateToDay(filter.from) - shift;
  const to = dateToDay(filter.to) - shift;
  return db.orders.filter((o) => {
    const store = db.storeOf(o);
    const day = dayNumber(o.placedAt, store.timeZone);
    return (
      day >= from &&
      day <= to &&
      (scope.role === 'admin' || scope.regions.includes(store.region)) &&
      (!filter.storeId || filter.storeId.includes(store.id)) &&
      (!filter.region || filter.region.includes(store.region))
    );
  });
}

const gmvOf = (orders: OrderRow[]) =>
  orders
    .filter((o) => o.paidAt !== null && o.status !== 'cancelled')
    .reduce((s, o) => s + o.total, 0);

const cases: [string, Scope, AnalyticsFilter][] = [
  ['a month, everything', ADMIN, { from: '2026-10-01', to: '2026-10-31' }],
  ['a week, east manager', EAST, { from: '2026-11-10', to: '2026-11-16' }],
  ['two stores', ADMIN, { from: '2026-09-01', to: '2026-11-21', storeId: ['st-gz01', 'st-tm01'] }],
  [
    'a region the manager does not own',
    EAST,
    { from: '2026-09-01', to: '2026-11-21', region: ['south'] },
  ],
];

describe('analytics agree with the orders they summarise', () => {
  it.each(cases)('KPIs: %s', (_, scope, filter) => {
    const length = dateToDay(filter.to) - dateToDay(filter.from) + 1;
    const result = kpis(db, scope, filter);
    for (const [values, orders] of [
      [result.current, ordersIn(scope, filter)],
      [result.previous, ordersIn(scope, filter, length)],
    ] as const) {
      expect(values.orders).toBe(orders.length);
      expect(values.gmv.amount).toBe(gmvOf(orders));
      const cancelled = orders.filter((o) => o.status === 'cancelled').length;
      expect(values.cancellationRate).toBeCloseTo(
        orders.length ? cancelled / orders.length : 0,
        10,
      );
      const shipped = orders.filter((o) => o.shipment);
      const fast = shipped.filter((o) => o.shipment!.shippedAt - o.paidAt! <= 24 * HOUR).length;
      expect(values.shippedWithin24hRate).toBeCloseTo(
        shipped.length ? fast / shipped.length : 0,
        10,
      );
    }
  });

  it.each(cases)('breakdowns add up to the KPIs: %s', (_, scope, filter) => {
    const { current } = kpis(db, scope, filter);
    for (const dimension of ['region', 'province', 'store', 'category', 'status'] as const) {
      const rows = breakdown(db, scope, filter, dimension).rows;
      expect(
        rows.reduce((s, r) => s + r.orders, 0),
        dimension,
      ).toBe(current.orders);
      expect(
        rows.reduce((s, r) => s + r.gmv.amount, 0),
        dimension,
      ).toBe(current.gmv.amount);
    }
  });

  it('trends have one point per day, or per week from Monday, that add up to the KPIs', () => {
    const filter = { from: '2026-10-06', to: '2026-11-02' };
    const { current, previous } = kpis(db, ADMIN, filter);
    const daily = trend(db, ADMIN, filter, 'day');
    expect(daily.current).toHaveLength(28);
    expect(daily.previous).toHaveLength(28);
    expect(daily.current.reduce((s, p) => s + p.orders, 0)).toBe(current.orders);
    expect(daily.previous.reduce((s, p) => s + p.gmv.amount, 0)).toBe(previous.gmv.amount);
    const weekly = trend(db, ADMIN, filter, 'week');
    expect(weekly.current.map((p) => p.date)).toEqual([
      '2026-10-06',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
    ]);
    expect(weekly.current.reduce((s, p) => s + p.orders, 0)).toBe(current.orders);
  });

  it('the category filter counts orders under their main category and money under every line', () => {
    const filter = { from: '2026-08-01', to: '2026-11-21' };
    const all = kpis(db, ADMIN, filter).current;
    const parts = db.categories.map((c) => kpis(db, ADMIN, { ...filter, category: [c] }).current);
    expect(parts.reduce((s, k) => s + k.orders, 0)).toBe(all.orders);
    expect(parts.reduce((s, k) => s + k.gmv.amount, 0)).toBe(all.gmv.amount);
  });
});
