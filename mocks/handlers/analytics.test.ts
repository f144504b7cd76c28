// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  Breakdown,
  CarrierPerformance,
  Funnel,
  KpiSummary,
  OrderPage,
  ShipLatency,
  StatusCounts,
} from '@/api/contract';
import type { Scope } from '@/domain/access';
import { countedOf, funnelOf, kpisOf } from '../db/analytics-reference';
import { dayNumber, dayToDate } from '../db/time';
import { arrange, send } from './order-fixtures';
import { authed, useMockServer } from './test-server';

const mock = useMockServer();
const asAdmin = authed(mock, 'admin');
const asManager = authed(mock, 'manager.east');
const ADMIN: Scope = { role: 'admin', storeIds: [], locationIds: [], regions: [] };

const today = () => dayNumber(mock.ctx.now(), 'Asia/Shanghai');
const lastDays = (n: number) => `from=${dayToDate(today() - n + 1)}&to=${dayToDate(today())}`;

async function json<T>(response: Response, schema: { parse: (value: unknown) => T }): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(200);
  return schema.parse(await response.json());
}

describe('who may ask', () => {
  const paths = ['/analytics/funnel', '/analytics/ship-latency', '/analytics/carriers'];

  it.each(paths)('%s is for managers and administrators', async (path) => {
    for (const username of ['store.sh', 'warehouse.sh'])
      expect((await authed(mock, username)(`${path}?${lastDays(7)}`)).status).toBe(403);
    for (const call of [asManager, asAdmin])
      expect((await call(`${path}?${lastDays(7)}`)).status).toBe(200);
  });

  it.each(paths)('%s refuses periods that end before they start or last too long', async (path) => {
    expect((await asAdmin(`${path}?from=2026-11-02&to=2026-11-01`)).status).toBe(422);
    expect((await asAdmin(`${path}?from=2025-01-01&to=2026-11-01`)).status).toBe(422);
  });

  it('a manager sees only their regions', async () => {
    const period = lastDays(30);
    const south = await json(await asManager(`/analytics/funnel?${period}&region=south`), Funnel);
    expect(south.steps.map((s) => s.orders)).toEqual([0, 0, 0, 0, 0]);
    const all = await json(await asAdmin(`/analytics/funnel?${period}&region=south`), Funnel);
    expect(all.steps[0]?.orders).toBeGreaterThan(0);
  });
});

describe('drilling down through the orders endpoints', () => {
  it('counts the same orders as the charts, with the parameters a link carries', async () => {
    const period = lastDays(30);
    const total = async (query: string) =>
      (await json(await asManager(`/orders?${period}&${query}`), OrderPage)).total;

    const carriers = await json(
      await asManager(`/analytics/carriers?${period}`),
      CarrierPerformance,
    );
    const busiest = carriers.rows[0];
    expect(busiest).toBeDefined();
    if (!busiest) return;
    expect(await total(`carrier=${busiest.carrier}&reached=shipped`)).toBe(busiest.shipped);
    expect(await total(`carrier=${busiest.carrier}&hasException=true`)).toBe(busiest.exceptions);

    const latency = await json(await asManager(`/analytics/ship-latency?${period}`), ShipLatency);
    // '72+' must travel as 72%2B: a bare '+' in a query string reads as a space.
    for (const row of latency.buckets)
      expect(await total(`shipLatency=${encodeURIComponent(row.bucket)}`), row.bucket).toBe(
        row.orders,
      );

    const provinces = await json(
      await asManager(`/analytics/breakdown?${period}&dimension=province`),
      Breakdown,
    );
    for (const row of provinces.rows) {
      const query = `province=${encodeURIComponent(row.key)}`;
      expect(await total(query), row.key).toBe(row.orders);
      const counts = await json(await asManager(`/orders/counts?${period}&${query}`), StatusCounts);
      expect(counts.all).toBe(row.orders);
    }

    const categories = await json(
      await asManager(`/analytics/breakdown?${period}&dimension=category`),
      Breakdown,
    );
    const top = categories.rows[0];
    if (top) expect(await total(`category=${encodeURIComponent(top.key)}`)).toBe(top.orders);
  });
});

describe('changes move the numbers', () => {
  it('cancelling an approved order counts it as cancelled, paid but never approved', async () => {
    const row = arrange(mock.db, 'st-sh01', 'approved');
    const day = dayToDate(dayNumber(row.placedAt, 'Asia/Shanghai'));
    const period = `from=${day}&to=${day}`;
    const read = async () => ({
      kpis: await json(await asAdmin(`/analytics/kpis?${period}`), KpiSummary),
      funnel: await json(await asAdmin(`/analytics/funnel?${period}`), Funnel),
      status: await json(
        await asAdmin(`/analytics/breakdown?${period}&dimension=status`),
        Breakdown,
      ),
    });
    const ordersWith = (answer: Breakdown, key: string) =>
      answer.rows.find((r) => r.key === key)?.orders ?? 0;
    const stepOf = (answer: Funnel, stage: string) =>
      answer.steps.find((s) => s.stage === stage)?.orders ?? 0;

    const before = await read();
    const cancelled = await send(asAdmin, `/orders/${row.id}/transitions`, {
      action: 'cancel',
      reason: 'customer_request',
      note: '客户来电取消',
      version: row.version,
    });
    expect(cancelled.status).toBe(200);
    const after = await read();

    expect(after.kpis.current.orders).toBe(before.kpis.current.orders);
    expect(after.kpis.current.gmv.amount).toBe(before.kpis.current.gmv.amount - row.total);
    expect(after.kpis.current.cancellationRate).toBeGreaterThan(
      before.kpis.current.cancellationRate,
    );
    expect(ordersWith(after.status, 'approved')).toBe(ordersWith(before.status, 'approved') - 1);
    expect(ordersWith(after.status, 'cancelled')).toBe(ordersWith(before.status, 'cancelled') + 1);
    expect(stepOf(after.funnel, 'approved')).toBe(stepOf(before.funnel, 'approved') - 1);
    expect(stepOf(after.funnel, 'paid')).toBe(stepOf(before.funnel, 'paid'));

    // And the new numbers are still exactly what the orders say.
    const counted = countedOf(mock.db, ADMIN, { from: day, to: day });
    expect(after.funnel.steps).toEqual(funnelOf(counted.orders));
    expect(after.kpis.current.averageOrderValue.amount).toBe(kpisOf(counted).averageOrderValueFen);
  });
});
