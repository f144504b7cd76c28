import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { TrendQuery } from '@/api/contract/endpoints';
import { queryKeys } from '@/api/query-keys';

export function getTrend(backend: Backend, query: TrendQuery, signal?: AbortSignal) {
  return backend.analyticsTrend({ query }, { signal });
}

export function trendOptions(backend: Backend, query: TrendQuery) {
  return queryOptions({
    queryKey: queryKeys.analytics.trend(query),
    queryFn: ({ signal }) => getTrend(backend, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTrend(query: TrendQuery) {
  const backend = useBackend();
  return useQuery(trendOptions(backend, query));
}
