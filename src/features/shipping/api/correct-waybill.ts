import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useBackend } from '@/api/backend-context';
import type { WaybillCorrection } from '@/api/contract/fulfilment';
import { queryKeys } from '@/api/query-keys';

/**
 * Replaces the waybill of a shipped order (with a reason, recorded on the order). The answer is
 * the whole order: its page shows it at once and the lists refetch with the new number.
 */
export function useCorrectWaybill() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orderId, correction }: { orderId: string; correction: WaybillCorrection }) =>
      backend.correctWaybill({ params: { id: orderId }, body: correction }),
    onSuccess: (order) => {
      queryClient.setQueryData(queryKeys.orders.detail(order.id), order);
      return queryClient.invalidateQueries({ queryKey: queryKeys.orders.lists() });
    },
  });
}
