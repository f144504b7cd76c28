import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { AnalyticsQuery } from '@/api/contract/analytics';
import { queryKeys } from '@/api/query-keys';

export function getFunnel(backend: Backend, query: AnalyticsQuery, signal?: AbortSignal) {
  return backend.analyticsFunnel({ query }, { signal });
}

export function funnelOptions(backend: Backend, query: AnalyticsQuery) {
  return queryOptions({
    queryKey: queryKeys.analytics.funnel(query),
    queryFn: ({ signal }) => getFunnel(backend, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFunnel(query: AnalyticsQuery) {
  const backend = useBackend();
  return useQuery(funnelOptions(backend, query));
}
