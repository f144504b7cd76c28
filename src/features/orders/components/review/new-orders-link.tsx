import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import type { OrderCountsQuery } from '@/api/query-keys';
import { Button } from '@/components/button';
import { RefreshIcon } from '@/components/icons';
import { orderCountsOptions } from '../../api/order-counts';
import { useOrderFormatting } from '../../lib/use-order-formatting';

/** How often the queue asks whether orders arrived since it was loaded. */
const NEW_ORDERS_POLL_MS = 30_000;

/**
 * "N new orders": what arrived for review since the queue was loaded. They join the queue only
 * when the reviewer asks, so nothing moves under the cursor.
 */
export function NewOrdersLink({
  query,
  onRefresh,
}: {
  query: OrderCountsQuery;
  onRefresh: () => void;
}) {
  const { t } = useTranslation('review');
  const format = useOrderFormatting();
  const backend = useBackend();
  const counts = useQuery({
    ...orderCountsOptions(backend, query),
    refetchInterval: NEW_ORDERS_POLL_MS,
  });
  const arrived = counts.data?.pending_review ?? 0;
  if (arrived === 0) return null;
  return (
    <Button
      size="sm"
      variant="ghost"
      icon={<RefreshIcon className="size-3.5" />}
      onClick={onRefresh}
    >
      {t('newOrders', { count: arrived, n: format.number(arrived) })}
    </Button>
  );
}
