import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { AlertQuery } from '@/api/contract/inventory';
import { queryKeys } from '@/api/query-keys';

/** Alerts appear as stock moves anywhere in the chain; the badge looks again this often. */
export const ALERT_SUMMARY_POLL_MS = 30_000;

export function alertSummaryOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.alerts.summary(),
    queryFn: ({ signal }) => backend.alertSummary({}, { signal }),
    refetchInterval: ALERT_SUMMARY_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

export function useAlertSummary({ enabled }: { enabled: boolean }) {
  const backend = useBackend();
  return useQuery({ ...alertSummaryOptions(backend), enabled });
}

export function alertsOptions(backend: Backend, query: AlertQuery) {
  return queryOptions({
    queryKey: queryKeys.alerts.list(query),
    queryFn: ({ signal }) => backend.listAlerts({ query }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAlerts(query: AlertQuery) {
  const backend = useBackend();
  return useQuery(alertsOptions(backend, query));
}
