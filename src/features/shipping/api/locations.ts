import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

/** The locations in the user's scope: a warehouse user's own, every one for an admin. */
export function locationsOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.locations.list(),
    queryFn: ({ signal }) => backend.listLocations({}, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useLocations() {
  const backend = useBackend();
  return useQuery(locationsOptions(backend));
}
