import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { StockQuery } from '@/api/contract/inventory';
import { queryKeys } from '@/api/query-keys';

export function listStock(backend: Backend, query: StockQuery, signal?: AbortSignal) {
  return backend.listStock({ query }, { signal });
}

export function stockOptions(backend: Backend, query: StockQuery) {
  return queryOptions({
    queryKey: queryKeys.stock.list(query),
    queryFn: ({ signal }) => listStock(backend, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStock(query: StockQuery) {
  const backend = useBackend();
  return useQuery(stockOptions(backend, query));
}
