import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useBackend } from '@/api/backend-context';
import type { Order } from '@/api/contract/orders';
import { orderOptions } from '../../api/get-order';

/**
 * The selected order, in full. When it is seen to leave review (an action here, or a change that
 * arrived with a refetch), `onLeftReview` runs once with the order as it is now.
 */
export function useSelectedOrder(orderId: string, onLeftReview: (order: Order) => void) {
  const backend = useBackend();
  const order = useQuery({ ...orderOptions(backend, orderId), enabled: orderId !== '' });
  const seen = useRef<{ id: string; status: Order['status'] } | null>(null);
  const latest = useRef(onLeftReview);
  useEffect(() => {
    latest.current = onLeftReview;
  });

  const data = order.data;
  useEffect(() => {
    if (!data) return;
    const before = seen.current;
    seen.current = { id: data.id, status: data.status };
    if (
      before?.id === data.id &&
      before.status === 'pending_review' &&
      data.status !== 'pending_review'
    )
      latest.current(data);
  }, [data]);

  return order;
}

/**
 * Loads the orders next to the selected one ahead of time, so that after an action the next
 * order's details (and so its keys) are ready at once instead of after a round trip.
 */
export function usePrefetchNeighbours(ids: readonly (string | undefined)[]): void {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const key = ids.filter(Boolean).join(',');
  useEffect(() => {
    for (const id of key.split(',')) {
      if (id) void queryClient.prefetchQuery({ ...orderOptions(backend, id), staleTime: 30_000 });
    }
  }, [backend, queryClient, key]);
}
