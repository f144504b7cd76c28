import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

export function getQueueCounts(backend: Backend, signal?: AbortSignal) {
  return backend.orderCounts({ query: {} }, { signal });
}

/** Orders in scope per status; the queue shows "to allocate" (approved) and "to ship" (allocated). */
export function queueCountsOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.orders.counts({}),
    queryFn: ({ signal }) => getQueueCounts(backend, signal),
  });
}

export function useQueueCounts() {
  const backend = useBackend();
  return useQuery(queueCountsOptions(backend));
}
