import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

/** The stores in the user's scope, for the allocation list's store filter. */
export function storesOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.stores.list(),
    queryFn: ({ signal }) => backend.listStores({}, { signal }),
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}

export function useAllocationStores() {
  return useQuery(storesOptions(useBackend()));
}
