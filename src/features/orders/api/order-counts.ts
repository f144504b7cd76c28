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

/** How often the list asks whether orders arrived after it was loaded. */
export const NEW_ORDERS_POLL_MS = 20_000;

/**
 * Orders placed after the list's pin, counted per tab. Polls while the page is visible (TanStack
 * Query pauses the interval in a hidden tab); `query` carries `placedAfter`.
 */
export function useNewOrderCounts(query: OrderCountsQuery) {
  const backend = useBackend();
  return useQuery({
    queryKey: [...queryKeys.orders.counts(query), 'new'],
    queryFn: ({ signal }) => getOrderCounts(backend, query, signal),
    refetchInterval: NEW_ORDERS_POLL_MS,
    refetchIntervalInBackground: false,
  });
}
