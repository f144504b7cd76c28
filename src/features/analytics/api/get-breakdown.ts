import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { BreakdownQuery } from '@/api/contract/endpoints';
import { queryKeys } from '@/api/query-keys';

export function getBreakdown(backend: Backend, query: BreakdownQuery, signal?: AbortSignal) {
  return backend.analyticsBreakdown({ query }, { signal });
}

export function breakdownOptions(backend: Backend, query: BreakdownQuery) {
  return queryOptions({
    queryKey: queryKeys.analytics.breakdown(query),
    queryFn: ({ signal }) => getBreakdown(backend, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBreakdown(query: BreakdownQuery) {
  const backend = useBackend();
  return useQuery(breakdownOptions(backend, query));
}
