import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import type { OrderListQuery } from '@/api/contract/orders';
import { useRuntimeConfig } from '@/api/runtime-context';
import { CsvExportDialog } from '@/components/csv-export-dialog';
import { formatNumber } from '@/lib/format';
import { exportFileName, exportOrders } from '../lib/export-orders';

export interface ExportDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The list's query: every order matching its filter and tab is exported, in its sort. */
  query: OrderListQuery;
  /** How many orders the list says match, shown before the export starts. */
  total: number;
}

/** Above this many orders the dialog says the export takes a while. */
const SLOW_EXPORT = 5000;

/**
 * Exports every order matching the list's filter to CSV, page by page with a progress bar.
 * Cancelling or closing stops the export and nothing is downloaded.
 */
export function ExportDialog({ open, onOpenChange, query, total }: ExportDialogProps) {
  const { t, i18n } = useTranslation('export');
  const backend = useBackend();
  const { timeZone } = useRuntimeConfig();

  return (
    <CsvExportDialog
      open={open}
      onOpenChange={onOpenChange}
      total={total}
      texts={{
        title: t('dialog.title'),
        description: t('dialog.description'),
        start: t('dialog.start'),
        cancel: t('dialog.cancel'),
        nothing: t('dialog.nothing'),
        summary: t('dialog.summary', { count: total, n: formatNumber(total, i18n.language) }),
        summaryNote: total > SLOW_EXPORT ? t('dialog.slow') : undefined,
        progressLabel: t('dialog.progressLabel'),
        progress: (done, all) => t('dialog.progress', { done, total: all }),
        done: (count, n) => t('dialog.done', { count, n }),
        saveAgain: (file) => t('dialog.saveAgain', { file }),
        failed: (reason) => t('dialog.failed', { reason }),
      }}
      run={async ({ signal, startedAt, onProgress }) => {
        let rows = 0;
        const csv = await exportOrders({
          backend,
          query,
          t,
          signal,
          now: startedAt,
          onProgress: (done, all) => {
            rows = done;
            onProgress(done, all);
          },
        });
        return { csv, rows, fileName: exportFileName(startedAt, timeZone) };
      }}
    />
  );
}
