import { useTranslation } from '@/i18n';
import { BulkResultsDialog as BulkResultsView } from '@/components/bulk-results-dialog';
import { formatNumber } from '@/lib/format';
import { OrderLink } from '../order-link';
import type { BulkOutcome } from './use-bulk-run';

interface BulkResultsDialogProps {
  outcome: BulkOutcome | null;
  onClose: () => void;
  /** Sends the same action again for the failed orders only. */
  onRetryFailed: (failedIds: string[]) => void;
  retrying: boolean;
}

/** "48 done, 2 failed" after a bulk action on orders; each failed order links to its page. */
export function BulkResultsDialog({ outcome, ...rest }: BulkResultsDialogProps) {
  const { t, i18n } = useTranslation('orders');
  const locale = i18n.language;
  const result = outcome?.result ?? null;
  const failed = result?.results.filter((item) => !item.ok).length ?? 0;
  return (
    <BulkResultsView
      result={result}
      texts={{
        title: outcome ? t(`bulk.resultTitle.${outcome.operation.kind}`) : '',
        summary: t('bulk.summary', {
          done: formatNumber(result?.succeeded ?? 0, locale),
          failed: formatNumber(result?.failed ?? 0, locale),
        }),
        retryFailed: t('bulk.retryFailed', { n: formatNumber(failed, locale) }),
        close: t('bulk.close'),
        failures: t('bulk.failures'),
        numberHeader: t('columns.number'),
        reasonHeader: t('bulk.reason'),
      }}
      renderNumber={(item) => <OrderLink orderId={item.orderId}>{item.number}</OrderLink>}
      {...rest}
    />
  );
}
