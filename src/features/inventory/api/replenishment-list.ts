import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { ReplenishmentQuery } from '@/api/contract/inventory';
import { queryKeys } from '@/api/query-keys';

export function listReplenishment(
  backend: Pick<Backend, 'listReplenishment'>,
  query: ReplenishmentQuery,
  signal?: AbortSignal,
) {
  return backend.listReplenishment({ query }, { signal });
}

export function replenishmentOptions(backend: Backend, query: ReplenishmentQuery) {
  return queryOptions({
    queryKey: queryKeys.stock.replenishment(query),
    queryFn: ({ signal }) => listReplenishment(backend, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReplenishment(query: ReplenishmentQuery) {
  const backend = useBackend();
  return useQuery(replenishmentOptions(backend, query));
}
