import type { QueryClient } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import type { AnalyticsQuery, Trend } from '@/api/contract/analytics';
import { breakdownOptions } from './get-breakdown';
import { carriersOptions } from './get-carriers';
import { funnelOptions } from './get-funnel';
import { shipLatencyOptions } from './get-ship-latency';
import { trendOptions } from './get-trend';

const BREAKDOWNS = ['region', 'province', 'store', 'category'] as const;

/**
 * Asks for every chart's numbers with the same keys the charts use, so the requests travel while
 * the chart code is still loading instead of after it.
 */
export function prefetchCharts(
  client: QueryClient,
  backend: Backend,
  query: AnalyticsQuery,
  granularity: Trend['granularity'],
): void {
  for (const dimension of BREAKDOWNS)
    void client.prefetchQuery(breakdownOptions(backend, { ...query, dimension }));
  void client.prefetchQuery(trendOptions(backend, { ...query, granularity }));
  void client.prefetchQuery(funnelOptions(backend, query));
  void client.prefetchQuery(shipLatencyOptions(backend, query));
  void client.prefetchQuery(carriersOptions(backend, query));
}
