import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { isApiError } from '@/api/errors';
import { queryKeys } from '@/api/query-keys';

/**
 * The whole order behind a queue row: the customer's e-mail and language, the lines a replacement
 * sends, what was paid and refunded. The same key as the order page, so each warms the other.
 */
export function orderOptions(backend: Backend, id: string) {
  return queryOptions({
    queryKey: queryKeys.orders.detail(id),
    queryFn: ({ signal }) => backend.getOrder({ params: { id } }, { signal }),
    retry: (failureCount, error) => !isApiError(error) && failureCount < 2,
  });
}

export function useOrder(id: string) {
  const backend = useBackend();
  return useQuery(orderOptions(backend, id));
}
