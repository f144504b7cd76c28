// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { OrderListParams } from '@/api/contract';
import type { Scope } from '@/domain/access';
import type { AnalyticsFilter } from './analytics-cells';
import { ADMIN, DIMENSIONS, analyticsCases, analyticsDb } from './analytics-fixtures';
import { breakdown, carriers, funnel, shipLatency, trend } from './analytics-query';
import { countOrders, queryOrders } from './order-query';

/**
 * Drilling down from a chart opens the orders list with the chart's filter plus the clicked
 * row's: the list must count exactly the orders the chart showed.
 */

const db = analyticsDb();
const CASES = analyticsCases(db);

/** The orders list filter of an analytics request, as the drill-down link carries it. */
function listOf(filter: AnalyticsFilter, more: Partial<OrderListParams> = {}): OrderListParams {
  return {
    page: 1,
    pageSize: 1,
    sort: '-placedAt',
    status: 'all',
    tagMode: 'any',
    from: filter.from,
    to: filter.to,
    ...(filter.region ? { region: filter.region } : {}),
    ...(filter.storeId ? { storeId: filter.storeId } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...more,
  };
}

/** The list's total, and its tab counts (which ignore the status) agreeing with it. */
function listed(scope: Scope, params: OrderListParams): number {
  const total = queryOrders(db, scope, params).total;
  const counts = countOrders(db, scope, params);
  expect(params.status === 'all' ? counts.all : counts[params.status]).toBe(total);
  return total;
}

const ROW_FILTER: Record<(typeof DIMENSIONS)[number], (key: string) => Partial<OrderListParams>> = {
  region: (key) => ({ region: [key as 'east'] }),
  province: (key) => ({ province: [key] }),
  store: (key) => ({ storeId: [key] }),
  category: (key) => ({ category: [key] }),
  status: (key) => ({ status: key as OrderListParams['status'] }),
  carrier: (key) => ({ carrier: [key as 'SF'] }),
};

describe('every chart figure opens a list of exactly that many orders', () => {
  it.each(CASES)('the whole period: %s', (_, scope, filter) => {
    const placed = funnel(db, scope, filter).steps[0]?.orders;
    expect(listed(scope, listOf(filter))).toBe(placed);
  });

  it.each(CASES)('breakdown rows of every dimension: %s', (_, scope, filter) => {
    for (const dimension of DIMENSIONS) {
      for (const row of breakdown(db, scope, filter, dimension).rows) {
        // A row narrows what the filter already asks: the region row inside a region filter.
        const params = listOf(filter, ROW_FILTER[dimension](row.key));
        expect(listed(scope, params), `${dimension} ${row.key}`).toBe(row.orders);
      }
    }
  });

  it.each(CASES)('funnel steps: %s', (_, scope, filter) => {
    for (const step of funnel(db, scope, filter).steps)
      expect(listed(scope, listOf(filter, { reached: step.stage })), step.stage).toBe(step.orders);
  });

  it.each(CASES)('ship latency buckets: %s', (_, scope, filter) => {
    for (const row of shipLatency(db, scope, filter).buckets)
      expect(listed(scope, listOf(filter, { shipLatency: row.bucket })), row.bucket).toBe(
        row.orders,
      );
  });

  it.each(CASES)('carrier parcels and exceptions: %s', (_, scope, filter) => {
    for (const row of carriers(db, scope, filter).rows) {
      const carrier = { carrier: [row.carrier] };
      expect(listed(scope, listOf(filter, { ...carrier, reached: 'shipped' })), row.carrier).toBe(
        row.shipped,
      );
      expect(listed(scope, listOf(filter, { ...carrier, hasException: true })), row.carrier).toBe(
        row.exceptions,
      );
    }
  });

  it.each(CASES)('trend days: %s', (_, scope, filter) => {
    for (const point of trend(db, scope, filter, 'day').current) {
      const day = { ...filter, from: point.date, to: point.date };
      expect(listed(scope, listOf(day)), point.date).toBe(point.orders);
    }
  });

  it('a store row inside a region filter of another region lists nothing', () => {
    const [, scope, filter] = CASES[2] as (typeof CASES)[number];
    const east = db.stores.find((s) => s.region === 'east');
    expect(listed(scope, listOf(filter, { storeId: [east?.id ?? ''] }))).toBe(0);
  });
});

describe('the list filters analytics drill down with', () => {
  const all = listOf({ from: '2026-01-01', to: '2026-11-22' });

  it('province is the store’s province', () => {
    const store = db.stores[3];
    const province = store?.province ?? '';
    const expected = db.orders.filter((o) => db.storeOf(o).province === province).length;
    expect(expected).toBeGreaterThan(0);
    expect(listed(ADMIN, { ...all, province: [province] })).toBe(expected);
  });

  it('category is the order’s primary category, by name', () => {
    const name = db.categories[2] ?? '';
    const expected = db.orders.filter((o) => o.primaryCategory === 2).length;
    expect(expected).toBeGreaterThan(0);
    expect(listed(ADMIN, { ...all, category: [name] })).toBe(expected);
    expect(listed(ADMIN, { ...all, category: ['没有这个分类'] })).toBe(0);
  });

  it('reached combines with a status tab', () => {
    const shipped = listed(ADMIN, { ...all, reached: 'shipped' });
    const counts = countOrders(db, ADMIN, { ...all, reached: 'shipped' });
    expect(counts.shipped + counts.delivered + counts.completed).toBe(shipped);
    expect(counts.cancelled + counts.approved + counts.unpaid).toBe(0);
  });
});
