import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { AnalyticsQuery } from '@/api/contract/analytics';
import { queryKeys } from '@/api/query-keys';

export function getCarriers(backend: Backend, query: AnalyticsQuery, signal?: AbortSignal) {
  return backend.analyticsCarriers({ query }, { signal });
}

export function carriersOptions(backend: Backend, query: AnalyticsQuery) {
  return queryOptions({
    queryKey: queryKeys.analytics.carriers(query),
    queryFn: ({ signal }) => getCarriers(backend, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCarriers(query: AnalyticsQuery) {
  const backend = useBackend();
  return useQuery(carriersOptions(backend, query));
}
