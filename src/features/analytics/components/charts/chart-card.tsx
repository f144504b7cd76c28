import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import { Button } from '@/components/button';
import { EmptyState, ErrorState, Skeleton } from '@/components/states';
import { cn } from '@/lib/cn';
import { downloadCsv } from '@/lib/download';
import { chartCsv, chartCsvFileName, type ChartTableModel } from '../../lib/chart-csv';
import { ChartTable } from './chart-table';
import type { ChartStatus } from './chart-status';

export interface ChartCardProps {
  title: string;
  /** What the chart shows and for which days. */
  description: string;
  status: ChartStatus;
  error?: unknown;
  onRetry?: () => void;
  /** The numbers of a newer filter are on their way; the current ones stay, dimmed. */
  updating?: boolean;
  /** The chart's numbers: the table view and the CSV export. */
  table: ChartTableModel | undefined;
  period: { from: string; to: string };
  /** Controls of this chart (e.g. day or week), beside the card's own. */
  controls?: ReactNode;
  /** A sentence of the chart's key figure, shown above it. */
  summary?: ReactNode;
  emptyText?: string;
  chartHeight: number;
  /** The chart itself; drawn only when there are numbers and the table view is off. */
  children: ReactNode;
}

/**
 * The frame every analytics chart shares: title and description, a table view that swaps the
 * chart for its numbers, CSV export, and the loading, empty and error states.
 */
export function ChartCard({
  title,
  description,
  status,
  error,
  onRetry,
  updating = false,
  table,
  period,
  controls,
  summary,
  emptyText,
  chartHeight,
  children,
}: ChartCardProps) {
  const { t } = useTranslation('analytics-charts');
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const hintId = `${id}-hint`;
  const [asTable, setAsTable] = useState(false);
  const ready = status === 'ready' && table !== undefined;

  const exportCsv = () => {
    if (table) downloadCsv(chartCsv(table), chartCsvFileName(title, period));
  };

  return (
    <section
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      data-chart-state={status}
      className="flex min-w-0 flex-col gap-3 rounded-md border border-slate-200 bg-white p-4"
    >
      <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-56">
          <h3 id={titleId} className="text-sm font-semibold text-slate-900">
            {title}
          </h3>
          <p id={descriptionId} className="mt-0.5 text-xs text-slate-500">
            {description}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {controls}
          <Button
            size="sm"
            aria-pressed={asTable}
            className="aria-pressed:border-accent-600 aria-pressed:bg-accent-50 aria-pressed:text-accent-800"
            aria-label={t('card.viewTableLabel', { title })}
            onClick={() => setAsTable((shown) => !shown)}
          >
            {t('card.viewTable')}
          </Button>
          <Button
            size="sm"
            disabled={!ready}
            aria-label={t('card.exportLabel', { title })}
            onClick={exportCsv}
          >
            {t('card.exportCsv')}
          </Button>
        </div>
      </header>
      {ready && summary && <p className="text-sm text-slate-700">{summary}</p>}
      <div
        aria-busy={status === 'loading' || updating}
        className={cn('relative', updating && 'opacity-60 transition-opacity')}
      >
        {status === 'loading' && (
          <div role="status">
            <span className="sr-only">{t('card.loading', { title })}</span>
            <div style={{ height: chartHeight }}>
              <Skeleton className="size-full" />
            </div>
          </div>
        )}
        {status === 'error' && <ErrorState error={error} onRetry={onRetry} />}
        {status === 'empty' && <EmptyState title={emptyText ?? t('card.empty')} />}
        {ready &&
          (asTable ? (
            <ChartTable caption={title} table={table} />
          ) : (
            <div
              role="figure"
              aria-labelledby={titleId}
              aria-describedby={`${descriptionId} ${hintId}`}
            >
              <div style={{ height: chartHeight }}>{children}</div>
              <p id={hintId} className="mt-1 text-xs text-slate-500">
                {t('drill.hint')}
              </p>
            </div>
          ))}
        {updating && (
          <span role="status" className="sr-only">
            {t('card.updating')}
          </span>
        )}
      </div>
    </section>
  );
}
