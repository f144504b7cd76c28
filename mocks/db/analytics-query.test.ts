// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { KpiValues } from '@/api/contract';
import { regionInScope } from '@/domain/access';
import type { KpiFigures } from '@/domain/analytics';
import { REGIONS } from '@/domain/region';
import { ADMIN, DIMENSIONS, analyticsCases, analyticsDb } from './analytics-fixtures';
import { breakdown, carriers, funnel, kpis, shipLatency, trend } from './analytics-query';
import {
  breakdownOf,
  carriersOf,
  funnelOf,
  kpisOf,
  countedOf,
  shipLatencyOf,
  trendOf,
} from './analytics-reference';
import { dateToDay } from './time';

const db = analyticsDb();
const CASES = analyticsCases(db);

const wire = (figures: KpiFigures): KpiValues => ({
  gmv: { amount: figures.gmvFen, currency: 'CNY' },
  orders: figures.orders,
  averageOrderValue: { amount: figures.averageOrderValueFen, currency: 'CNY' },
  cancellationRate: figures.cancellationRate,
  refundRate: figures.refundRate,
  shippedWithin24hRate: figures.shippedWithin24hRate,
});

describe('every analytics answer equals a count over the orders themselves', () => {
  it('has cases with orders and without', () => {
    const sizes = CASES.map(([, scope, filter]) => countedOf(db, scope, filter).orders.length);
    expect(sizes.filter((n) => n === 0)).toHaveLength(2);
    expect(Math.min(...sizes.filter((n) => n > 0))).toBeGreaterThan(5);
  });

  it.each(CASES)('KPIs, current and previous: %s', (_, scope, filter) => {
    const length = dateToDay(filter.to) - dateToDay(filter.from) + 1;
    const answer = kpis(db, scope, filter);
    expect(answer.current).toEqual(wire(kpisOf(countedOf(db, scope, filter))));
    expect(answer.previous).toEqual(wire(kpisOf(countedOf(db, scope, filter, length))));
  });

  it.each(CASES)('breakdowns by every dimension: %s', (_, scope, filter) => {
    const counted = countedOf(db, scope, filter);
    for (const dimension of DIMENSIONS) {
      const rows = breakdown(db, scope, filter, dimension).rows;
      const sold = rows.filter((r) => r.orders > 0 || r.gmv.amount > 0);
      const asMap = new Map(sold.map((r) => [r.key, { orders: r.orders, gmv: r.gmv.amount }]));
      expect(asMap, dimension).toEqual(breakdownOf(db, counted, dimension));
      const zeroKeys = rows.filter((r) => !sold.includes(r)).map((r) => r.key);
      expect(zeroKeys, `${dimension} rows at zero`).toEqual(
        dimension === 'region' && !filter.storeId?.length
          ? REGIONS.filter(
              (region) =>
                regionInScope(scope, region) &&
                (!filter.region?.length || filter.region.includes(region)) &&
                !asMap.has(region),
            )
          : [],
      );
      const gmvs = rows.map((r) => r.gmv.amount);
      expect(gmvs, `${dimension} sorted by GMV`).toEqual([...gmvs].sort((a, b) => b - a));
    }
  });

  it.each(CASES)('trends by day and by week, current and previous: %s', (_, scope, filter) => {
    const length = dateToDay(filter.to) - dateToDay(filter.from) + 1;
    const before = (date: string) => {
      const shifted = new Date((dateToDay(date) - length) * 86_400_000);
      return shifted.toISOString().slice(0, 10);
    };
    for (const granularity of ['day', 'week'] as const) {
      const answer = trend(db, scope, filter, granularity);
      const flat = (points: typeof answer.current) =>
        points.map((p) => ({ date: p.date, orders: p.orders, gmv: p.gmv.amount }));
      expect(flat(answer.current), granularity).toEqual(
        trendOf(db, countedOf(db, scope, filter), filter.from, filter.to, granularity),
      );
      expect(flat(answer.previous), granularity).toEqual(
        trendOf(
          db,
          countedOf(db, scope, filter, length),
          before(filter.from),
          before(filter.to),
          granularity,
        ),
      );
    }
  });

  it.each(CASES)('funnel, every step even when empty: %s', (_, scope, filter) => {
    expect(funnel(db, scope, filter).steps).toEqual(funnelOf(countedOf(db, scope, filter).orders));
  });

  it.each(CASES)('ship latency, every bucket: %s', (_, scope, filter) => {
    expect(shipLatency(db, scope, filter)).toEqual(
      shipLatencyOf(countedOf(db, scope, filter).orders),
    );
  });

  it.each(CASES)('carriers with parcels, most parcels first: %s', (_, scope, filter) => {
    const rows = carriers(db, scope, filter).rows;
    expect(new Map(rows.map((r) => [r.carrier, r]))).toEqual(
      carriersOf(countedOf(db, scope, filter).orders),
    );
    const shipped = rows.map((r) => r.shipped);
    expect(shipped).toEqual([...shipped].sort((a, b) => b - a));
  });
});

describe('how the answers fit together', () => {
  it('a funnel starts with every order, and its shipped step is the parcels of the carriers', () => {
    const filter = { from: '2026-10-23', to: '2026-11-21' };
    const steps = funnel(db, ADMIN, filter).steps;
    expect(steps.map((s) => s.stage)).toEqual([
      'placed',
      'paid',
      'approved',
      'shipped',
      'delivered',
    ]);
    expect(steps[0]?.orders).toBe(kpis(db, ADMIN, filter).current.orders);
    const parcels = carriers(db, ADMIN, filter).rows.reduce((s, r) => s + r.shipped, 0);
    expect(steps[3]?.orders).toBe(parcels);
    expect(shipLatency(db, ADMIN, filter).shipped).toBe(parcels);
  });

  it('the category filter counts orders under their main category and money under every line', () => {
    const filter = { from: '2026-08-01', to: '2026-11-21' };
    const all = kpis(db, ADMIN, filter).current;
    const parts = db.categories.map((c) => kpis(db, ADMIN, { ...filter, category: [c] }).current);
    expect(parts.reduce((s, k) => s + k.orders, 0)).toBe(all.orders);
    expect(parts.reduce((s, k) => s + k.gmv.amount, 0)).toBe(all.gmv.amount);
  });

  it('the average order value is over sold orders, not paid minus every cancelled one', () => {
    const filter = { from: '2026-05-26', to: '2026-11-21' };
    const orders = countedOf(db, ADMIN, filter).orders;
    const unpaidCancelled = orders.filter((o) => o.status === 'cancelled' && o.paidAt === null);
    expect(unpaidCancelled.length).toBeGreaterThan(0);
    const sold = orders.filter((o) => o.paidAt !== null && o.status !== 'cancelled');
    const gmv = sold.reduce((s, o) => s + o.total, 0);
    expect(kpis(db, ADMIN, filter).current.averageOrderValue.amount).toBe(
      Math.round(gmv / sold.length),
    );
  });
});
