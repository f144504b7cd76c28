import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

export function listStores(backend: Backend, signal?: AbortSignal) {
  return backend.listStores({}, { signal });
}

export function storesOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.stores.list(),
    queryFn: ({ signal }) => listStores(backend, signal),
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}

export function useStores() {
  const backend = useBackend();
  return useQuery(storesOptions(backend));
}
