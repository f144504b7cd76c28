import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { ExceptionQueueQuery } from '@/api/contract/tracking';
import { queryKeys } from '@/api/query-keys';

export function exceptionsOptions(backend: Backend, query: ExceptionQueueQuery) {
  return queryOptions({
    queryKey: queryKeys.tracking.exceptions(query),
    queryFn: ({ signal }) => backend.listTrackingExceptions({ query }, { signal }),
    // The rows on screen stay while the next page or filter loads.
    placeholderData: keepPreviousData,
  });
}

export function useTrackingExceptions(query: ExceptionQueueQuery) {
  const backend = useBackend();
  return useQuery(exceptionsOptions(backend, query));
}
