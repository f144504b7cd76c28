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

export function useTags() {
  return useQuery(tagsQuery(useBackend()));
}
