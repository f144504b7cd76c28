import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

export function tagsQuery(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.tags.list(),
    queryFn: ({ signal }) => backend.listTags({}, { signal }),
    staleTime: 5 * 60_000,
  });
}

/**
 * The tags with their order counts. The settings page asks afresh each time it opens: orders are
 * tagged all day elsewhere, and a delete confirmation must not quote a stale count.
 */
export function useTags() {
  return useQuery({ ...tagsQuery(useBackend()), refetchOnMount: 'always' });
}
