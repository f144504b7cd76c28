import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

/** Parcels go quiet or fail while nobody looks; the navigation badge looks again this often. */
export const EXCEPTION_COUNT_POLL_MS = 60_000;

export function exceptionCountOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.tracking.count(),
    queryFn: ({ signal }) => backend.countTrackingExceptions({}, { signal }),
    refetchInterval: EXCEPTION_COUNT_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

export function useExceptionCount({ enabled }: { enabled: boolean }) {
  const backend = useBackend();
  return useQuery({ ...exceptionCountOptions(backend), enabled });
}
