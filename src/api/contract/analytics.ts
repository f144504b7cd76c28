import { z } from 'zod/mini';
import { FUNNEL_STAGES } from '@/domain/analytics/funnel';
import { SHIP_LATENCY_BUCKETS } from '@/domain/analytics/ship-latency';
import { DateOnly, Id, Money, NonNegativeInt, Ratio, Region, named, queryList } from './common';
import { Carrier } from './reference';

export const AnalyticsQuery = named(
  z.object({
    from: DateOnly,
    to: DateOnly,
    region: z.optional(queryList(Region)),
    storeId: z.optional(queryList(Id)),
    category: z.optional(queryList(z.string())),
  }),
  'AnalyticsQuery',
);
export type AnalyticsQuery = z.input<typeof AnalyticsQuery>;

export const KpiValues = named(
  z.object({
    gmv: Money,
    orders: NonNegativeInt,
    averageOrderValue: Money,
    cancellationRate: Ratio,
    refundRate: Ratio,
    shippedWithin24hRate: Ratio,
  }),
  'KpiValues',
);
export type KpiValues = z.infer<typeof KpiValues>;

export const KpiSummary = named(
  z.object({
    current: KpiValues,
    // The period of the same length just before.
    previous: KpiValues,
    from: DateOnly,
    to: DateOnly,
  }),
  'KpiSummary',
);
export type KpiSummary = z.infer<typeof KpiSummary>;

export const BREAKDOWN_DIMENSIONS = [
  'region',
  'province',
  'store',
  'category',
  'status',
  'carrier',
] as const;

export const BreakdownRow = named(
  z.object({ key: z.string(), label: z.string(), orders: NonNegativeInt, gmv: Money }),
  'BreakdownRow',
);
export const Breakdown = named(
  z.object({ dimension: z.enum(BREAKDOWN_DIMENSIONS), rows: z.array(BreakdownRow) }),
  'Breakdown',
);
export type Breakdown = z.infer<typeof Breakdown>;

export const TREND_GRANULARITIES = ['day', 'week'] as const;

export const TrendPoint = named(
  z.object({ date: DateOnly, orders: NonNegativeInt, gmv: Money }),
  'TrendPoint',
);
export const Trend = named(
  z.object({
    granularity: z.enum(TREND_GRANULARITIES),
    current: z.array(TrendPoint),
    previous: z.array(TrendPoint),
  }),
  'Trend',
);
export type Trend = z.infer<typeof Trend>;

export const FunnelStep = named(
  z.object({
    stage: z.enum(FUNNEL_STAGES),
    // Orders that got at least this far.
    orders: NonNegativeInt,
  }),
  'FunnelStep',
);
export const Funnel = named(z.object({ steps: z.array(FunnelStep) }), 'Funnel');
export type Funnel = z.infer<typeof Funnel>;

export const ShipLatencyRow = named(
  z.object({ bucket: z.enum(SHIP_LATENCY_BUCKETS), orders: NonNegativeInt }),
  'ShipLatencyRow',
);
export const ShipLatency = named(
  z.object({
    buckets: z.array(ShipLatencyRow),
    shipped: NonNegativeInt,
    shippedWithin24hRate: Ratio,
  }),
  'ShipLatency',
  'Time from payment to shipment of the orders placed in the period that have shipped',
);
export type ShipLatency = z.infer<typeof ShipLatency>;

export const CarrierPerformanceRow = named(
  z.object({
    carrier: Carrier,
    shipped: NonNegativeInt,
    delivered: NonNegativeInt,
    // Days from shipment to delivery over the delivered parcels; null when none was delivered.
    averageTransitDays: z.nullable(z.number().check(z.nonnegative())),
    exceptions: NonNegativeInt,
    exceptionRate: Ratio,
  }),
  'CarrierPerformanceRow',
);
export const CarrierPerformance = named(
  z.object({ rows: z.array(CarrierPerformanceRow) }),
  'CarrierPerformance',
);
export type CarrierPerformance = z.infer<typeof CarrierPerformance>;
