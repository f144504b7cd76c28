import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import type { BulkItemResult, BulkResult } from '@/api/contract/order-commands';
import { PROBLEM_CODES } from '@/api/contract/problem';
import { Button } from './button';
import { Dialog } from './dialog';

/** The words of one kind of bulk action, from the namespace of the feature that runs it. */
export interface BulkResultsTexts {
  title: string;
  /** "48 done, 2 failed". */
  summary: string;
  retryFailed: string;
  close: string;
  /** Caption of the failures table. */
  failures: string;
  numberHeader: string;
  reasonHeader: string;
}

interface BulkResultsDialogProps {
  /** Null: closed. */
  result: BulkResult | null;
  texts: BulkResultsTexts;
  /** How a failed order's number is shown (a link where the user may open orders). */
  renderNumber?: (item: BulkItemResult) => ReactNode;
  /** The sentence under a failure's reason; by default the backend's own. */
  renderDetail?: (item: BulkItemResult) => ReactNode;
  onClose: () => void;
  /** Sends the same action again for the failed orders only. */
  onRetryFailed: (failedIds: string[]) => void;
  retrying: boolean;
}

/** The answer of a bulk action: the counts, and each failure with its order, its reason and the backend's sentence. */
export function BulkResultsDialog({
  result,
  texts,
  renderNumber = (item) => item.number,
  renderDetail = (item) => item.message,
  onClose,
  onRetryFailed,
  retrying,
}: BulkResultsDialogProps) {
  const { t } = useTranslation('common');
  const failures = result?.results.filter((item) => !item.ok) ?? [];

  return (
    <Dialog
      open={result !== null}
      onOpenChange={(open) => {
        if (!open && !retrying) onClose();
      }}
      size="md"
      title={texts.title}
      description={result ? texts.summary : undefined}
      footer={
        <>
          {failures.length > 0 && (
            <Button
              variant="secondary"
              busy={retrying}
              onClick={() => onRetryFailed(failures.map((item) => item.orderId))}
            >
              {texts.retryFailed}
            </Button>
          )}
          <Button variant="primary" onClick={onClose} disabled={retrying}>
            {texts.close}
          </Button>
        </>
      }
    >
      {failures.length > 0 && (
        <div className="max-h-80 overflow-auto rounded-md border border-slate-200">
          <table className="w-full text-sm">
            <caption className="sr-only">{texts.failures}</caption>
            <thead className="sticky top-0 bg-slate-50 text-xs text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-1.5 text-left font-medium">
                  {texts.numberHeader}
                </th>
                <th scope="col" className="px-3 py-1.5 text-left font-medium">
                  {texts.reasonHeader}
                </th>
              </tr>
            </thead>
            <tbody>
              {failures.map((item) => (
                <tr key={item.orderId} className="border-t border-slate-100 align-top">
                  <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">
                    {renderNumber(item)}
                  </td>
                  <td className="px-3 py-1.5">
                    <span className="block text-slate-900">
                      {t(
                        `problem.${
                          item.code && (PROBLEM_CODES as readonly string[]).includes(item.code)
                            ? item.code
                            : 'internal'
                        }`,
                      )}
                    </span>
                    <span className="block text-xs text-slate-500">{renderDetail(item)}</span>
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
