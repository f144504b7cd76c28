import type { AnalyticsQuery } from '@/api/contract/analytics';
import type { FunnelStage } from '@/domain/analytics/funnel';
import type { ShipLatencyBucket } from '@/domain/analytics/ship-latency';
import type { Region } from '@/domain/region';
import type { Carrier } from '@/domain/waybill/carriers';
import { shiftDay } from '@/lib/calendar-days';
import { paths } from '@/lib/paths';

/** What a bar, segment or point stands for, on top of the page's filter. */
export interface DrillTarget {
  /** A narrower period inside the query's (a trend point's day or week). */
  from?: string;
  to?: string;
  region?: Region;
  storeId?: string;
  province?: string;
  category?: string;
  reached?: FunnelStage;
  shipLatency?: ShipLatencyBucket;
  carrier?: Carrier;
  /** Only orders whose parcel had an exception. */
  exception?: boolean;
}

/** The query string keeps lists as "a,b"; the orders list takes one value per filter. */
function firstOf(value: string | readonly string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  const first = typeof value === 'string' ? value.split(',')[0] : value[0];
  return first?.trim() || undefined;
}

/**
 * The orders list showing exactly the orders behind a chart's number: the page's days and filters
 * plus what the mark stands for. Explicit days, never a preset, so the list cannot drift to
 * another "today".
 */
export function ordersLinkFor(query: AnalyticsQuery, target: DrillTarget): string {
  const params = new URLSearchParams();
  const add = (name: string, value: string | undefined) => {
    if (value) params.set(name, value);
  };
  add('from', target.from ?? query.from);
  add('to', target.to ?? query.to);
  add('region', target.region ?? firstOf(query.region));
  add('storeId', target.storeId ?? firstOf(query.storeId));
  add('province', target.province);
  add('category', target.category ?? firstOf(query.category));
  add('reached', target.reached);
  add('shipLatency', target.shipLatency);
  add('carrier', target.carrier);
  if (target.exception) params.set('exception', 'yes');
  return `${paths.orders}?${params.toString()}`;
}

/**
 * The days a trend point covers: from its date to the day before the next point (a week's
 * points start on Mondays, the first one on the period's first day), clipped to the period.
 */
export function trendPointDays(
  dates: readonly string[],
  index: number,
  period: { from: string; to: string },
): { from: string; to: string } | null {
  const date = dates[index];
  if (date === undefined) return null;
  const next = dates[index + 1];
  const end = next === undefined ? period.to : shiftDay(next, -1);
  const from = date < period.from ? period.from : date;
  const to = end > period.to ? period.to : end;
  return from <= to ? { from, to } : null;
}
