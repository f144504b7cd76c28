import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';
import type { StockKey } from './stock-mutations';

/** One stock level as the server has it now: read again after a refused save. */
export function stockLevelOptions(backend: Backend, key: StockKey) {
  return queryOptions({
    queryKey: queryKeys.stock.level(key.locationId, key.productId),
    queryFn: ({ signal }) => backend.getStockLevel({ params: key }, { signal }),
    staleTime: 0,
  });
}

export function stockChangesOptions(backend: Backend, key: StockKey) {
  return queryOptions({
    queryKey: queryKeys.stock.changes(key.locationId, key.productId),
    queryFn: ({ signal }) => backend.listStockChanges({ params: key }, { signal }),
    select: (data) => data.items,
  });
}

/** Who changed this level's thresholds or on hand, newest first. */
export function useStockChanges(key: StockKey) {
  const backend = useBackend();
  return useQuery(stockChangesOptions(backend, key));
}
