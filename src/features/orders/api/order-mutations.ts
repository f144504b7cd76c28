import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useBackend } from '@/api/backend-context';
import type {
  AddressChange,
  BulkRequest,
  Order,
  OrderTransition,
  Problem,
  TagChange,
} from '@/api/contract';
import { isApiError } from '@/api/errors';
import { queryKeys } from '@/api/query-keys';

/**
 * Every order mutation answers with the whole order: the page shows it at once, and lists and
 * counts (which may have changed tab) refetch in the background.
 */
function settleOrder(queryClient: QueryClient, order: Order): void {
  queryClient.setQueryData(queryKeys.orders.detail(order.id), order);
  void queryClient.invalidateQueries({ queryKey: queryKeys.orders.lists() });
  void queryClient.invalidateQueries({ queryKey: [...queryKeys.orders.all, 'counts'] });
}

function useOrderMutation<Variables>(call: (variables: Variables) => Promise<Order>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (order) => settleOrder(queryClient, order),
  });
}

export function useTransitionOrder(orderId: string) {
  const backend = useBackend();
  return useOrderMutation((transition: OrderTransition) =>
    backend.transitionOrder({ params: { id: orderId }, body: transition }),
  );
}

export function useUpdateAddress(orderId: string) {
  const backend = useBackend();
  return useOrderMutation((change: AddressChange) =>
    backend.updateAddress({ params: { id: orderId }, body: change }),
  );
}

export function useChangeOrderTags(orderId: string) {
  const backend = useBackend();
  return useOrderMutation((change: TagChange) =>
    backend.changeOrderTags({ params: { id: orderId }, body: change }),
  );
}

export function useAddNote(orderId: string) {
  const backend = useBackend();
  return useOrderMutation((body: string) =>
    backend.addNote({ params: { id: orderId }, body: { body } }),
  );
}

export function useEditNote(orderId: string) {
  const backend = useBackend();
  return useOrderMutation(({ noteId, body }: { noteId: string; body: string }) =>
    backend.editNote({ params: { id: orderId, noteId }, body: { body } }),
  );
}

export function useDeleteNote(orderId: string) {
  const backend = useBackend();
  return useOrderMutation((noteId: string) =>
    backend.deleteNote({ params: { id: orderId, noteId } }),
  );
}

/**
 * One bulk request. The caller makes the idempotency key once per user action and sends the same
 * key again when retrying after a lost answer, so the backend applies the action once.
 */
export function useBulkOrders() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: BulkRequest; idempotencyKey: string }) =>
      backend.bulkOrders({ body: request }, { idempotencyKey }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.orders.all }),
  });
}

export type VersionConflict = NonNullable<Problem['current']>;

/** Who changed the order since the user loaded it, when a save was refused as stale. */
export function versionConflictOf(error: unknown): VersionConflict | null {
  if (!isApiError(error, 'version_conflict')) return null;
  return error.problem.current ?? null;
}
