import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys, type OrderCountsQuery } from '@/api/query-keys';

export function getOrderCounts(backend: Backend, query: OrderCountsQuery, signal?: AbortSignal) {
  return backend.orderCounts({ query }, { signal });
}

export function orderCountsOptions(backend: Backend, query: OrderCountsQuery) {
  return queryOptions({
    queryKey: queryKeys.orders.counts(query),
    queryFn: ({ signal }) => getOrderCounts(backend, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrderCounts(query: OrderCountsQuery) {
  const backend = useBackend();
  return useQuery(orderCountsOptions(backend, query));
}
