import type { CarrierPerformance, Funnel, ShipLatency } from '@/api/contract';
import { FUNNEL_STAGES, furthestStage, reachedStage, stageIndex } from '@/domain/analytics/funnel';
import { averageTransitDays, ratio } from '@/domain/analytics/kpis';
import { SHIP_LATENCY_BUCKETS } from '@/domain/analytics/ship-latency';
import type { Scope } from '@/domain/access';
import { ORDER_STATUSES } from '@/domain/order/status';
import { CARRIERS } from '@/domain/waybill/carriers';
import { forEachSelected, select, type AnalyticsFilter } from './analytics-cells';
import type { MockDb } from './database';

/** How many orders placed in the period got at least as far as each stage. */
export function funnel(db: MockDb, scope: Scope, filter: AnalyticsFilter): Funnel {
  // Orders by the furthest stage they got to; a step counts those at or past it. Within a
  // cell only payment varies (a cancelled order may or may not have been paid).
  const furthest = FUNNEL_STAGES.map(() => 0);
  const stageIfPaid = ORDER_STATUSES.map((status) => stageIndex(furthestStage(status, true)));
  const stageIfUnpaid = ORDER_STATUSES.map((status) => stageIndex(furthestStage(status, false)));
  forEachSelected(db, select(db, scope, filter), (_, cell) => {
    const paid = stageIfPaid[cell.statusIndex] as number;
    const unpaid = stageIfUnpaid[cell.statusIndex] as number;
    furthest[paid] = (furthest[paid] as number) + cell.paid;
    furthest[unpaid] = (furthest[unpaid] as number) + cell.orders - cell.paid;
  });
  return {
    steps: FUNNEL_STAGES.map((stage) => ({
      stage,
      orders: FUNNEL_STAGES.reduce(
        (sum, at, i) => (reachedStage(at, stage) ? sum + (furthest[i] as number) : sum),
        0,
      ),
    })),
  };
}

/** Payment-to-shipment times of the orders placed in the period that have shipped. */
export function shipLatency(db: MockDb, scope: Scope, filter: AnalyticsFilter): ShipLatency {
  const counts = SHIP_LATENCY_BUCKETS.map(() => 0);
  let within24h = 0;
  forEachSelected(db, select(db, scope, filter), (_, cell) => {
    if (cell.shipped === 0) return;
    for (let i = 0; i < counts.length; i += 1)
      counts[i] = (counts[i] as number) + (cell.latency[i] as number);
    within24h += cell.shippedWithin24h;
  });
  const shipped = counts.reduce((s, n) => s + n, 0);
  return {
    buckets: SHIP_LATENCY_BUCKETS.map((bucket, i) => ({ bucket, orders: counts[i] as number })),
    shipped,
    shippedWithin24hRate: ratio(within24h, shipped),
  };
}

/** Parcels of the orders placed in the period, per carrier that carried any. */
export function carriers(db: MockDb, scope: Scope, filter: AnalyticsFilter): CarrierPerformance {
  const sums = CARRIERS.map(() => ({ shipped: 0, delivered: 0, transitMs: 0, exceptions: 0 }));
  forEachSelected(db, select(db, scope, filter), (_, cell) => {
    const sum = sums[cell.carrier];
    if (!sum || cell.shipped === 0) return;
    sum.shipped += cell.shipped;
    sum.delivered += cell.delivered;
    sum.transitMs += cell.transitMs;
    sum.exceptions += cell.exceptions;
  });
  return {
    rows: CARRIERS.flatMap((carrier, i) => {
      const sum = sums[i];
      if (!sum || sum.shipped === 0) return [];
      return [
        {
          carrier,
          shipped: sum.shipped,
          delivered: sum.delivered,
          averageTransitDays: averageTransitDays(sum.transitMs, sum.delivered),
          exceptions: sum.exceptions,
          exceptionRate: ratio(sum.exceptions, sum.shipped),
        },
      ];
    }).sort((a, b) => b.shipped - a.shipped),
  };
}
