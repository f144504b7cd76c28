import { useTranslation } from '@/i18n';
import { PROBLEM_CODES } from '@/api/contract/problem';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { formatNumber } from '@/lib/format';
import type { BulkAllocationOutcome } from './use-bulk-allocation';

interface BulkAllocationResultsDialogProps {
  outcome: BulkAllocationOutcome | null;
  onClose: () => void;
  /** Sends the failed orders again, alone. */
  onRetryFailed: (failedIds: string[]) => void;
  retrying: boolean;
}

/** "48 allocated, 2 failed", each failure with its order, its reason and the backend's sentence. */
export function BulkAllocationResultsDialog({
  outcome,
  onClose,
  onRetryFailed,
  retrying,
}: BulkAllocationResultsDialogProps) {
  const { t, i18n } = useTranslation('allocation');
  const locale = i18n.language;
  const result = outcome?.result;
  const failures = result?.results.filter((item) => !item.ok) ?? [];

  return (
    <Dialog
      open={outcome !== null}
      onOpenChange={(open) => {
        if (!open && !retrying) onClose();
      }}
      size="md"
      title={t('bulk.resultTitle')}
      description={
        result &&
        t('bulk.summary', {
          done: formatNumber(result.succeeded, locale),
          failed: formatNumber(result.failed, locale),
        })
      }
      footer={
        <>
          {failures.length > 0 && (
            <Button
              variant="secondary"
              busy={retrying}
              onClick={() => onRetryFailed(failures.map((item) => item.orderId))}
            >
              {t('bulk.retryFailed', { n: formatNumber(failures.length, locale) })}
            </Button>
          )}
          <Button variant="primary" onClick={onClose} disabled={retrying}>
            {t('bulk.close')}
          </Button>
        </>
      }
    >
      {failures.length > 0 && (
        <div className="max-h-80 overflow-auto rounded-md border border-slate-200">
          <table className="w-full text-sm">
            <caption className="sr-only">{t('bulk.failures')}</caption>
            <thead className="sticky top-0 bg-slate-50 text-xs text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-1.5 text-left font-medium">
                  {t('columns.number')}
                </th>
                <th scope="col" className="px-3 py-1.5 text-left font-medium">
                  {t('bulk.reason')}
                </th>
              </tr>
            </thead>
            <tbody>
              {failures.map((item) => (
                <tr key={item.orderId} className="border-t border-slate-100 align-top">
                  <td className="px-3 py-1.5 font-medium whitespace-nowrap tabular-nums">
                    {item.number}
                  </td>
                  <td className="px-3 py-1.5">
                    <span className="block text-slate-900">
                      {t(
                        `common:problem.${
                          item.code && (PROBLEM_CODES as readonly string[]).includes(item.code)
                            ? item.code
                            : 'internal'
                        }`,
                      )}
                    </span>
                    {item.message && (
                      <span className="block text-xs text-slate-500">{item.message}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}
