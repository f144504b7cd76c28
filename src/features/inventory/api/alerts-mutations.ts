import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useBackend } from '@/api/backend-context';
import type { StockAlert } from '@/api/contract/inventory';
import { queryKeys } from '@/api/query-keys';

/**
 * Alerts follow stock, and the badge, the panel and the list all read alert keys: after any
 * answer (a refusal too — the alert has moved on, so the next look should show how) both refresh.
 */
export function refreshAlertsAndStock(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.alerts.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.stock.all }),
  ]);
}

type AlertRef = Pick<StockAlert, 'id' | 'version'>;

export function useAcknowledgeAlert() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (alert: AlertRef) =>
      backend.acknowledgeAlert({ params: { id: alert.id }, body: { version: alert.version } }),
    onSettled: () => refreshAlertsAndStock(queryClient),
  });
}

/**
 * Acknowledges several alerts, one request each (the contract has no bulk call), and refreshes
 * once at the end. Each alert's answer is kept, so a partial failure can be told.
 */
export function useAcknowledgeAlerts() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (alerts: readonly AlertRef[]) =>
      Promise.allSettled(
        alerts.map((alert) =>
          backend.acknowledgeAlert({ params: { id: alert.id }, body: { version: alert.version } }),
        ),
      ),
    onSettled: () => refreshAlertsAndStock(queryClient),
  });
}

export interface SnoozeRequest extends AlertRef {
  /** YYYY-MM-DD in the location's time zone, or null: until the level changes. */
  until: string | null;
}

export function useSnoozeAlert() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, until }: SnoozeRequest) =>
      backend.snoozeAlert({ params: { id }, body: { version, until } }),
    onSettled: () => refreshAlertsAndStock(queryClient),
  });
}
