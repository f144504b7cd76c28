import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import type { ReplenishmentQuery } from '@/api/contract/inventory';
import { useRuntimeConfig } from '@/api/runtime-context';
import { CsvExportDialog } from '@/components/csv-export-dialog';
import { formatNumber } from '@/lib/format';
import {
  fetchAllReplenishment,
  replenishmentCsv,
  replenishmentFileName,
} from '../../lib/replenishment-csv';
import { lineKey } from '../../lib/replenishment-line';
import type { ReviewStore } from '../../lib/replenishment-review';

export interface ExportAllDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The list's filter: every line matching it is exported, most urgent first. */
  filter: Omit<ReplenishmentQuery, 'page' | 'pageSize'>;
  /** How many lines the list says match, shown before the export starts. */
  total: number;
  /** Reviewed lines are written with the quantity the manager set. */
  review: ReviewStore;
}

/**
 * Exports every line of the current filter to CSV, 1,000 at a time with a progress bar. Cancelling
 * or closing stops it and nothing is downloaded.
 */
export function ExportAllDialog({
  open,
  onOpenChange,
  filter,
  total,
  review,
}: ExportAllDialogProps) {
  const { t, i18n } = useTranslation('replenishment');
  const backend = useBackend();
  const { timeZone } = useRuntimeConfig();

  return (
    <CsvExportDialog
      open={open}
      onOpenChange={onOpenChange}
      total={total}
      texts={{
        title: t('export.dialog.title'),
        description: t('export.dialog.description'),
        start: t('export.dialog.start'),
        cancel: t('export.dialog.cancel'),
        nothing: t('export.dialog.nothing'),
        summary: t('export.dialog.summary', {
          count: total,
          n: formatNumber(total, i18n.language),
        }),
        progressLabel: t('export.dialog.progressLabel'),
        progress: (done, all) => t('export.dialog.progress', { done, total: all }),
        done: (count, n) => t('export.dialog.done', { count, n }),
        saveAgain: (file) => t('export.dialog.saveAgain', { file }),
        failed: (reason) => t('export.dialog.failed', { reason }),
      }}
      run={async ({ signal, startedAt, onProgress }) => {
        const lines = await fetchAllReplenishment({ backend, filter, signal, onProgress });
        const reviewed = review.getState().lines;
        const csv = replenishmentCsv(
          lines.map((line) => {
            const entry = reviewed[lineKey(line)];
            return entry
              ? { line, orderQuantity: entry.quantity, reviewed: true }
              : { line, orderQuantity: line.suggestedQuantity, reviewed: false };
          }),
          t,
        );
        return {
          csv,
          rows: lines.length,
          fileName: replenishmentFileName(startedAt, timeZone, false),
        };
      }}
    />
  );
}
