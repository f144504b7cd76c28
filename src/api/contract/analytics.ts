import { z } from 'zod';
import { DateOnly, Id, Money, Region, queryList } from './common';

export const AnalyticsQuery = z
  .object({
    from: DateOnly,
    to: DateOnly,
    region: queryList(Region).optional(),
    storeId: queryList(Id).optional(),
    category: queryList(z.string()).optional(),
  })
  .meta({ id: 'AnalyticsQuery' });
export type AnalyticsQuery = z.input<typeof AnalyticsQuery>;

export const KpiValues = z
  .object({
    gmv: Money,
    orders: z.int().nonnegative(),
    averageOrderValue: Money,
    cancellationRate: z.number().min(0).max(1),
    refundRate: z.number().min(0).max(1),
    shippedWithin24hRate: z.number().min(0).max(1),
  })
  .meta({ id: 'KpiValues' });
export type KpiValues = z.infer<typeof KpiValues>;

export const KpiSummary = z
  .object({
    current: KpiValues,
    previous: KpiValues.meta({ description: 'The period of the same length just before' }),
    from: DateOnly,
    to: DateOnly,
  })
  .meta({ id: 'KpiSummary' });
export type KpiSummary = z.infer<typeof KpiSummary>;

export const BreakdownRow = z
  .object({ key: z.string(), label: z.string(), orders: z.int().nonnegative(), gmv: Money })
  .meta({ id: 'BreakdownRow' });
export const Breakdown = z
  .object({ dimension: z.enum(['region', 'province', 'store', 'category', 'status', 'carrier']), rows: z.array(BreakdownRow) })
  .meta({ id: 'Breakdown' });
export type Breakdown = z.infer<typeof Breakdown>;

export const TrendPoint = z
  .object({ date: DateOnly, orders: z.int().nonnegative(), gmv: Money })
  .meta({ id: 'TrendPoint' });
export const Trend = z
  .object({ granularity: z.enum(['day', 'week']), current: z.array(TrendPoint), previous: z.array(TrendPoint) })
  .meta({ id: 'Trend' });
export type Trend = z.infer<typeof Trend>;
