import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

export function revealPhone(backend: Backend, orderId: string) {
  return backend.revealPhone({ params: { id: orderId } });
}

type RevealResult = Awaited<ReturnType<typeof revealPhone>>;

/** Reveals the customer's full phone number. The backend records it in the timeline, so the order is refetched. */
export function useRevealPhone(
  orderId: string,
  options: Pick<UseMutationOptions<RevealResult, Error, void>, 'onSuccess' | 'onError'> = {},
) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revealPhone(backend, orderId),
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.orders.detail(orderId) });
      await options.onSuccess?.(...args);
    },
    onError: options.onError,
  });
}
