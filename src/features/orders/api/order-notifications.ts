import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

export function orderNotificationsOptions(backend: Backend, orderId: string) {
  return queryOptions({
    queryKey: queryKeys.notifications.log(orderId),
    queryFn: ({ signal }) =>
      backend.listOrderNotifications({ params: { id: orderId } }, { signal }),
  });
}

/** Every SMS and e-mail sent to the customer about the order, newest first. */
export function useOrderNotifications(orderId: string) {
  return useQuery(orderNotificationsOptions(useBackend(), orderId));
}
