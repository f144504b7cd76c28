/**
 * Quick timings of the mock backend: `npm run bench:mock -- [orders]`. Prints seeding time and
 * the median time of common list queries, counts and analytics at that size.
 */
import type { OrderListParams } from '@/api/contract';
import type { Scope } from '@/domain/access';
import { breakdown, carriers, funnel, kpis, shipLatency, trend } from '../mocks/db/analytics-query';
import { MockDb } from '../mocks/db/database';
import { countExceptionQueue, queryExceptionQueue } from '../mocks/db/exception-queue';
import { countOrders, queryOrders } from '../mocks/db/order-query';
import { catchUpTracking } from '../mocks/db/parcels';
import { toSummary } from '../mocks/db/present';
import { dayToDate, dayNumber } from '../mocks/db/time';
import { DEFAULT_SEED, generateSeed } from '../mocks/seed';

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => unknown, repeat = 7): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < repeat; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
for (const orders of sizes.length > 0 ? sizes : [20_000, 200_000]) {
  const started = performance.now();
  const data = generateSeed({ seed: DEFAULT_SEED, orders });
  const seeded = performance.now();
  const db = new MockDb(data);
  const indexed = performance.now();
  print(
    `${orders} orders: generate ${Math.round(seeded - started)} ms + tables/indexes ${Math.round(indexed - seeded)} ms = ${Math.round(indexed - started)} ms`,
  );

  const admin: Scope = { role: 'admin', storeIds: [], locationIds: [], regions: [] };
  const store: Scope = { role: 'store_staff', storeIds: ['st-sh01'], locationIds: [], regions: [] };
  const manager: Scope = { role: 'manager', storeIds: [], locationIds: [], regions: ['east'] };
  const today = dayNumber(data.now, 'Asia/Shanghai');
  const base: OrderListParams = {
    page: 1,
    pageSize: 50,
    sort: '-placedAt',
    status: 'all',
    tagMode: 'any',
  };
  const phoneTail = db.customers[0]?.phone.slice(-4) ?? '0000';
  const queries: [string, Scope, Partial<OrderListParams>][] = [
    ['all, newest first', admin, {}],
    ['all, page 200', admin, { page: 200 }],
    ['status pending_review', admin, { status: 'pending_review' }],
    ['last 7 days', admin, { from: dayToDate(today - 6), to: dayToDate(today) }],
    ['store staff, all', store, {}],
    ['manager east, completed, -total', manager, { status: 'completed', sort: '-total' }],
    ['all, sort -total', admin, { sort: '-total' }],
    ['all, sort status', admin, { sort: 'status' }],
    ['tag any + paid', admin, { tags: ['tag-urgent', 'tag-vip'], paymentStatus: ['paid'] }],
    ['q last-4 phone', admin, { q: phoneTail }],
    ['q customer name', admin, { q: '王芳' }],
    ['page size 1000', admin, { pageSize: 1000 }],
  ];
  for (const [label, scope, partial] of queries) {
    const params = { ...base, ...partial };
    const ms = time(() => queryOrders(db, scope, params).rows.map((r) => toSummary(db, r)));
    print(
      `  list ${label.padEnd(36)} ${ms.toFixed(1).padStart(6)} ms  (${queryOrders(db, scope, params).total} matches)`,
    );
  }
  print(
    `  counts, all                              ${time(() => countOrders(db, admin, {}))
      .toFixed(1)
      .padStart(6)} ms`,
  );
  print(
    `  counts, store staff                      ${time(() => countOrders(db, store, {}))
      .toFixed(1)
      .padStart(6)} ms`,
  );
  const period = { from: dayToDate(today - 29), to: dayToDate(today) };
  print(
    `  analytics kpis, 30 days                  ${time(() => kpis(db, admin, period))
      .toFixed(1)
      .padStart(6)} ms`,
  );
  print(
    `  analytics breakdown store, 30 days       ${time(() => breakdown(db, admin, period, 'store'))
      .toFixed(1)
      .padStart(6)} ms`,
  );
  const half = { from: dayToDate(today - 89), to: dayToDate(today) };
  print(
    `  analytics trend week, 90 days            ${time(() => trend(db, manager, half, 'week'))
      .toFixed(1)
      .padStart(6)} ms`,
  );
  const year = { from: dayToDate(today - 364), to: dayToDate(today) };
  const rest = [
    ['funnel, 30 days', () => funnel(db, admin, period)],
    ['ship latency, 30 days', () => shipLatency(db, admin, period)],
    ['carriers, 30 days', () => carriers(db, admin, period)],
    ['breakdown province, 365 days', () => breakdown(db, admin, year, 'province')],
    ['carriers, 365 days', () => carriers(db, manager, year)],
  ] as const;
  for (const [name, query] of rest) {
    print(`  analytics ${name.padEnd(31)}${time(query).toFixed(1).padStart(6)} ms`);
  }

  // Every request brings the parcels up to its moment first; the first catch-up builds its heap.
  let tic = performance.now();
  catchUpTracking(db, data.now);
  print(
    `  tracking catch-up, first                 ${(performance.now() - tic).toFixed(1).padStart(6)} ms`,
  );
  const firstPage = { page: 1, pageSize: 50, sort: 'waiting' } as const;
  tic = performance.now();
  const queue = queryExceptionQueue(db, admin, firstPage, data.now);
  print(
    `  tracking exceptions, first call          ${(performance.now() - tic).toFixed(1).padStart(6)} ms  (${queue.total} parcels)`,
  );
  for (const [label, scope] of [
    ['admin', admin],
    ['store staff', store],
  ] as const) {
    const ms = time(() => queryExceptionQueue(db, scope, firstPage, data.now));
    print(`  tracking exceptions, ${label.padEnd(19)}${ms.toFixed(1).padStart(6)} ms`);
  }
  print(
    `  tracking exceptions count, admin         ${time(() =>
      countExceptionQueue(db, admin, data.now),
    )
      .toFixed(1)
      .padStart(6)} ms`,
  );
}
