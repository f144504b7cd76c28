import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { AnalyticsQuery } from '@/api/contract/analytics';
import { queryKeys } from '@/api/query-keys';

export function getKpis(backend: Backend, query: AnalyticsQuery, signal?: AbortSignal) {
  return backend.analyticsKpis({ query }, { signal });
}

export function kpisOptions(backend: Backend, query: AnalyticsQuery) {
  return queryOptions({
    queryKey: queryKeys.analytics.kpis(query),
    queryFn: ({ signal }) => getKpis(backend, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useKpis(query: AnalyticsQuery) {
  const backend = useBackend();
  return useQuery(kpisOptions(backend, query));
}
