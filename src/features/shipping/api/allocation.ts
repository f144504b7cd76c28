import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type {
  AllocationQuery,
  AllocationRequest,
  BulkAllocationRequest,
} from '@/api/contract/fulfilment';
import type { Order } from '@/api/contract/orders';
import { queryKeys } from '@/api/query-keys';

/**
 * Keys of the allocation candidates. They sit under `orders.all`: an order change anywhere (a
 * hold, a cancel, an allocation) refreshes the candidates along with every order list.
 */
export const allocationKeys = {
  all: [...queryKeys.orders.all, 'allocation'] as const,
  candidates: (query: AllocationQuery) => [...allocationKeys.all, 'candidates', query] as const,
};

export function listAllocationCandidates(
  backend: Backend,
  query: AllocationQuery,
  signal?: AbortSignal,
) {
  return backend.listAllocationCandidates({ query }, { signal });
}

export function allocationCandidatesOptions(backend: Backend, query: AllocationQuery) {
  return queryOptions({
    queryKey: allocationKeys.candidates(query),
    queryFn: ({ signal }) => listAllocationCandidates(backend, query, signal),
    placeholderData: keepPreviousData,
  });
}

/** Approved orders waiting for a location, each with a suggestion or the reason none fits. */
export function useAllocationCandidates(query: AllocationQuery) {
  return useQuery(allocationCandidatesOptions(useBackend(), query));
}

/** The answer is the whole order: its page shows it at once; lists, counts and candidates refetch. */
function settleOrder(queryClient: QueryClient, order: Order): void {
  queryClient.setQueryData(queryKeys.orders.detail(order.id), order);
  void queryClient.invalidateQueries({ queryKey: queryKeys.orders.all });
}

/** Allocates one order to a location and carrier, reserving its stock (409 insufficient_stock when short). */
export function useAllocateOrder() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orderId, request }: { orderId: string; request: AllocationRequest }) =>
      backend.allocateOrder({ params: { id: orderId }, body: request }),
    onSuccess: (order) => settleOrder(queryClient, order),
  });
}

/**
 * Returns an allocated order to approved and releases its stock. Pass the version the user saw;
 * a stale one is refused with version_conflict.
 */
export function useDeallocateOrder() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orderId, version }: { orderId: string; version: number }) =>
      backend.deallocateOrder({ params: { id: orderId }, body: { version } }),
    onSuccess: (order) => settleOrder(queryClient, order),
  });
}

/**
 * Allocates many orders, each on its own. The caller makes the idempotency key once per user
 * action and sends the same key again after a lost answer, so nothing is reserved twice.
 */
export function useAllocateOrders() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      request,
      idempotencyKey,
    }: {
      request: BulkAllocationRequest;
      idempotencyKey: string;
    }) => backend.allocateOrders({ body: request }, { idempotencyKey }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.orders.all }),
  });
}
