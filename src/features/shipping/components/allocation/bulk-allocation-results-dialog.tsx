import { useTranslation } from '@/i18n';
import { BulkResultsDialog } from '@/components/bulk-results-dialog';
import { formatNumber } from '@/lib/format';
import type { BulkAllocationOutcome } from './use-bulk-allocation';

interface BulkAllocationResultsDialogProps {
  outcome: BulkAllocationOutcome | null;
  onClose: () => void;
  /** Sends the failed orders again, alone. */
  onRetryFailed: (failedIds: string[]) => void;
  retrying: boolean;
}

/**
 * "48 allocated, 2 failed", each failure with its order and its reason; a shortage names the SKU,
 * the location and what is available there, in the user's language.
 */
export function BulkAllocationResultsDialog({
  outcome,
  ...rest
}: BulkAllocationResultsDialogProps) {
  const { t, i18n } = useTranslation('allocation');
  const locale = i18n.language;
  const result = outcome?.result ?? null;
  const failed = result?.results.filter((item) => !item.ok).length ?? 0;
  return (
    <BulkResultsDialog
      result={result}
      texts={{
        title: t('bulk.resultTitle'),
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
      renderDetail={(item) =>
        item.shortage
          ? t('change.insufficient', {
              sku: item.shortage.sku,
              product: item.shortage.productName,
              location: item.shortage.locationName,
              available: formatNumber(Math.max(0, item.shortage.available), locale),
              requested: formatNumber(item.shortage.requested, locale),
            })
          : item.message
      }
      {...rest}
    />
  );
}
