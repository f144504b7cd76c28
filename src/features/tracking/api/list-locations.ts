import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

/** The warehouses and stores in the user's scope: where parcels leave from. */
export function locationsOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.locations.list(),
    queryFn: ({ signal }) => backend.listLocations({}, { signal }),
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}

export function useLocations() {
  const backend = useBackend();
  return useQuery(locationsOptions(backend));
}
