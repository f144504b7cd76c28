import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useBackend } from '@/api/backend-context';
import type { TagCreate, TagUpdate } from '@/api/contract/reference';
import { isApiError } from '@/api/errors';
import { queryKeys } from '@/api/query-keys';

/**
 * Tag changes refresh every tag list (the orders' filters, badges and pickers read the same key).
 * A stale or missing tag refreshes it too, so the next look shows what the server has.
 */
function useRefreshTagsAfter<Variables, Result>(call: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tags.all }),
    onError: (error) => {
      if (isApiError(error, 'version_conflict') || isApiError(error, 'not_found'))
        return queryClient.invalidateQueries({ queryKey: queryKeys.tags.all });
    },
  });
}

export function useCreateTag() {
  const backend = useBackend();
  return useRefreshTagsAfter((tag: TagCreate) => backend.createTag({ body: tag }));
}

export function useUpdateTag() {
  const backend = useBackend();
  return useRefreshTagsAfter(({ id, change }: { id: string; change: TagUpdate }) =>
    backend.updateTag({ params: { id }, body: change }),
  );
}

/** Deleting a tag takes it off every order, so order lists and pages refresh as well. */
export function useDeleteTag() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => backend.deleteTag({ params: { id } }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.tags.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.orders.all }),
      ]),
  });
}
