import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { isApiError } from '@/api/errors';

/** A production backend answers 404: there are no demo accounts, which is not an error. */
export function demoAccountsQuery(backend: Backend) {
  return queryOptions({
    queryKey: ['auth', 'demo-accounts'],
    queryFn: async ({ signal }) => {
      try {
        return (await backend.demoAccounts({}, { signal })).items;
      } catch (error) {
        if (isApiError(error, 'not_found')) return [];
        throw error;
      }
    },
    staleTime: Infinity,
  });
}

export function useDemoAccounts() {
  return useQuery(demoAccountsQuery(useBackend()));
}
