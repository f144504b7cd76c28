import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useBackend } from '@/api/backend-context';
import type {
  CategoryThresholdUpdate,
  StockAdjustment,
  ThresholdUpdate,
} from '@/api/contract/inventory';
import { isApiError } from '@/api/errors';
import { queryKeys } from '@/api/query-keys';

export interface StockKey {
  locationId: string;
  productId: string;
}

/**
 * Stock changes move alerts too (a level crossing its reorder point raises or clears one), so
 * both refresh. A refusal that means the screen is out of date refreshes them as well.
 */
function useRefreshStockAfter<Variables, Result>(call: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.stock.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.alerts.all }),
    ]);
  return useMutation({
    mutationFn: call,
    onSuccess: refresh,
    onError: (error) => {
      if (
        isApiError(error, 'version_conflict') ||
        isApiError(error, 'below_reserved') ||
        isApiError(error, 'not_found')
      )
        return refresh();
    },
  });
}

export function useAdjustStock() {
  const backend = useBackend();
  return useRefreshStockAfter(
    ({ key, adjustment }: { key: StockKey; adjustment: StockAdjustment }) =>
      backend.adjustStock({ params: key, body: adjustment }),
  );
}

export function useUpdateThresholds() {
  const backend = useBackend();
  return useRefreshStockAfter(
    ({ key, thresholds }: { key: StockKey; thresholds: ThresholdUpdate }) =>
      backend.updateThresholds({ params: key, body: thresholds }),
  );
}

export function useUpdateCategoryThresholds() {
  const backend = useBackend();
  return useRefreshStockAfter((update: CategoryThresholdUpdate) =>
    backend.updateCategoryThresholds({ body: update }),
  );
}
