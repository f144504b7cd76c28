import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { AnalyticsQuery } from '@/api/contract/analytics';
import { queryKeys } from '@/api/query-keys';

export function getShipLatency(backend: Backend, query: AnalyticsQuery, signal?: AbortSignal) {
  return backend.analyticsShipLatency({ query }, { signal });
}

export function shipLatencyOptions(backend: Backend, query: AnalyticsQuery) {
  return queryOptions({
    queryKey: queryKeys.analytics.shipLatency(query),
    queryFn: ({ signal }) => getShipLatency(backend, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useShipLatency(query: AnalyticsQuery) {
  const backend = useBackend();
  return useQuery(shipLatencyOptions(backend, query));
}
