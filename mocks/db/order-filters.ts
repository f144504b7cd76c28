import type { Store } from '@/api/contract';
import { FUNNEL_STAGES, reachedStage } from '@/domain/analytics/funnel';
import { SHIP_LATENCY_BUCKETS } from '@/domain/analytics/ship-latency';
import type { MockDb } from './database';
import type { OrderFilter } from './order-query';
import { dateToDay, dayStartMs, iso } from './time';

/** Whether a store's orders may match the filter's store, region and province. */
export function storeMatches(store: Store, filter: OrderFilter): boolean {
  return (
    (!filter.storeId || filter.storeId.includes(store.id)) &&
    (!filter.region || filter.region.includes(store.region)) &&
    (!filter.province || filter.province.includes(store.province))
  );
}

/**
 * The filters analytics drill down with, as one test of a position's columns; null when the
 * filter has none of them. Each asks what analytics count the order under: its primary category,
 * the furthest funnel stage it got to, the payment-to-shipment bucket of its parcel.
 */
export function analyticsTest(
  db: MockDb,
  filter: OrderFilter,
): ((position: number) => boolean) | null {
  const { category, reached, shipLatency } = filter;
  if (!category && reached === undefined && shipLatency === undefined) return null;
  const cols = db.columns;
  const categoryOk = category?.length ? db.categories.map((name) => category.includes(name)) : null;
  const stageOk = reached ? FUNNEL_STAGES.map((stage) => reachedStage(stage, reached)) : null;
  // The column holds the bucket's index + 1, 0 for no bucket.
  const latency = shipLatency ? SHIP_LATENCY_BUCKETS.indexOf(shipLatency) + 1 : 0;
  return (position) =>
    (!categoryOk || categoryOk[cols.category[position] as number] === true) &&
    (!stageOk || stageOk[cols.stage[position] as number] === true) &&
    (latency === 0 || cols.latency[position] === latency);
}

/**
 * The instants [start, end) of the shipping days asked for, in the store zone (all stores share
 * one, as with the placing days), or null when the filter does not ask about shipping.
 */
export function shippedWindow(db: MockDb, filter: OrderFilter): [number, number] | null {
  if (filter.shippedFrom === undefined && filter.shippedTo === undefined) return null;
  const timeZone = db.stores[0]?.timeZone ?? 'Asia/Shanghai';
  return [
    filter.shippedFrom ? dayStartMs(dateToDay(filter.shippedFrom), timeZone) : -Infinity,
    filter.shippedTo ? dayStartMs(dateToDay(filter.shippedTo) + 1, timeZone) : Infinity,
  ];
}

/** A parcel leaves after its order was placed: orders placed after the window cannot match. */
export function placedNoLaterThanShipped(
  filter: OrderFilter,
  shipped: [number, number] | null,
): OrderFilter {
  if (!shipped || shipped[1] === Infinity) return filter;
  const latest = shipped[1] - 1;
  if (filter.placedUpTo && Date.parse(filter.placedUpTo) <= latest) return filter;
  return { ...filter, placedUpTo: iso(latest) };
}
