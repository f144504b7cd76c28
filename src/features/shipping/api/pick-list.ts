import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { PickListQuery } from '@/api/contract/fulfilment';
import { queryKeys } from '@/api/query-keys';

export function pickListOptions(backend: Backend, query: PickListQuery) {
  return queryOptions({
    // Under the orders' key, so a change to the orders (deallocating, shipping) refreshes it.
    queryKey: [...queryKeys.orders.all, 'pick-list', query] as const,
    queryFn: ({ signal }) => backend.getPickList({ query }, { signal }),
    // Returning from the print dialog must not reload the sheet under the user.
    refetchOnWindowFocus: false,
  });
}

export function usePickList(query: PickListQuery) {
  const backend = useBackend();
  return useQuery(pickListOptions(backend, query));
}
