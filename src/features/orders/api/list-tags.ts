import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

export function listTags(backend: Backend, signal?: AbortSignal) {
  return backend.listTags({}, { signal });
}

export function tagsOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.tags.list(),
    queryFn: ({ signal }) => listTags(backend, signal),
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}

export function useTags() {
  const backend = useBackend();
  return useQuery(tagsOptions(backend));
}
