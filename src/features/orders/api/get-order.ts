import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { isApiError } from '@/api/errors';
import { queryKeys } from '@/api/query-keys';

export function getOrder(backend: Backend, id: string, signal?: AbortSignal) {
  return backend.getOrder({ params: { id } }, { signal });
}

export function orderOptions(backend: Backend, id: string) {
  return queryOptions({
    queryKey: queryKeys.orders.detail(id),
    queryFn: ({ signal }) => getOrder(backend, id, signal),
    // Asking again will not make a missing or out-of-scope order appear.
    retry: (failureCount, error) => !isApiError(error) && failureCount < 2,
  });
}

export function useOrder(id: string) {
  const backend = useBackend();
  return useQuery(orderOptions(backend, id));
}
