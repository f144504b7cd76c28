import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

export function listLocations(backend: Backend, signal?: AbortSignal) {
  return backend.listLocations({}, { signal });
}

export function locationsOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.locations.list(),
    queryFn: ({ signal }) => listLocations(backend, signal),
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}

export function useLocations() {
  const backend = useBackend();
  return useQuery(locationsOptions(backend));
}
