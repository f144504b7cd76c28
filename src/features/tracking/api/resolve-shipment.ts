import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useBackend } from '@/api/backend-context';
import type { ShipmentResolutionRequest } from '@/api/contract/tracking';
import { queryKeys } from '@/api/query-keys';

export interface ResolveShipmentVariables {
  orderId: string;
  shipmentId: string;
  request: ShipmentResolutionRequest;
  /** One per dialog opening: a retry after a lost answer is applied once. */
  idempotencyKey: string;
}

/**
 * A resolution can touch the order (timeline, refunds, a new parcel), the queue and its badge,
 * the customer's message log, and stock (a replacement reserves and deducts it again).
 */
function refreshAfterResolution(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    [
      queryKeys.orders.all,
      queryKeys.tracking.all,
      queryKeys.notifications.all,
      queryKeys.stock.all,
      queryKeys.alerts.all,
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

export function useResolveShipment() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orderId, shipmentId, request, idempotencyKey }: ResolveShipmentVariables) =>
      backend.resolveShipment(
        { params: { id: orderId, shipmentId }, body: request },
        { idempotencyKey },
      ),
    onSuccess: (order) => {
      queryClient.setQueryData(queryKeys.orders.detail(order.id), order);
      return refreshAfterResolution(queryClient);
    },
  });
}
