import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { OrderListQuery } from '@/api/contract/orders';
import { queryKeys } from '@/api/query-keys';

export function listOrders(backend: Backend, query: OrderListQuery, signal?: AbortSignal) {
  return backend.listOrders({ query }, { signal });
}

export function listOrdersOptions(backend: Backend, query: OrderListQuery) {
  return queryOptions({
    queryKey: queryKeys.orders.list(query),
    queryFn: ({ signal }) => listOrders(backend, query, signal),
    // The rows of the previous page or filter stay on screen until the next ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useOrders(query: OrderListQuery) {
  const backend = useBackend();
  return useQuery(listOrdersOptions(backend, query));
}
