import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { CarrierRuleSetUpdate } from '@/api/contract/fulfilment';
import { queryKeys } from '@/api/query-keys';

/** The rules are one document for the whole company. */
export const carrierRulesKey = ['carrier-rules'] as const;

export function carrierRulesOptions(backend: Backend) {
  return queryOptions({
    queryKey: carrierRulesKey,
    queryFn: ({ signal }) => backend.getCarrierRules({}, { signal }),
  });
}

export function useCarrierRules() {
  return useQuery(carrierRulesOptions(useBackend()));
}

/**
 * Saves the whole rule list against the version it was read at. The answer replaces the cached
 * rules; the allocation suggestions (which name the rules' carrier) refetch.
 */
export function useUpdateCarrierRules() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: CarrierRuleSetUpdate) => backend.updateCarrierRules({ body: update }),
    onSuccess: (rules) => {
      queryClient.setQueryData(carrierRulesKey, rules);
      void queryClient.invalidateQueries({ queryKey: queryKeys.orders.all });
    },
  });
}
