import { useId } from 'react';
import { useTranslation } from '@/i18n';
import { Button } from '@/components/button';
import { formatNumber } from '@/lib/format';
import { cn } from '@/lib/cn';
import type { CommitProgress } from '../commit';
import type { RowCounts } from './rows';

interface PreviewSummaryProps {
  counts: RowCounts;
  /** The table has not caught up with the counts yet (it renders a moment later). */
  tableBehind: boolean;
  shippable: number;
  errorsFirst: boolean;
  running: boolean;
  progress: CommitProgress | null;
  onErrorsFirst: (errorsFirst: boolean) => void;
  onShip: () => void;
}

const COUNT_STYLE = {
  ok: 'text-emerald-700',
  warning: 'text-amber-700',
  error: 'text-red-700',
  checking: 'text-slate-600',
} as const;

/** The batch at a glance, and the one action that saves it. */
export function PreviewSummary({
  counts,
  tableBehind,
  shippable,
  errorsFirst,
  running,
  progress,
  onErrorsFirst,
  onShip,
}: PreviewSummaryProps) {
  const { t, i18n } = useTranslation('waybill-import');
  const errorsFirstId = useId();
  const checking = counts.checking > 0;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <dl
          aria-label={t('summary.title')}
          data-state={checking || tableBehind ? 'checking' : 'checked'}
          className="flex flex-wrap gap-x-5 gap-y-1 text-sm"
        >
          {(['ok', 'warning', 'error', 'checking'] as const).map((state) =>
            state === 'checking' && !checking ? null : (
              <div key={state} className="flex items-baseline gap-1.5">
                <dt className="text-slate-600">{t(`summary.${state}`)}</dt>
                <dd className={cn('text-lg font-semibold tabular-nums', COUNT_STYLE[state])}>
                  {formatNumber(counts[state], i18n.language)}
                </dd>
              </div>
            ),
          )}
        </dl>
        <div className="flex items-center gap-2">
          <input
            id={errorsFirstId}
            type="checkbox"
            className="size-4 accent-accent-600"
            checked={errorsFirst}
            onChange={(event) => onErrorsFirst(event.currentTarget.checked)}
          />
          <label htmlFor={errorsFirstId} className="text-sm text-slate-800">
            {t('summary.errorsFirst')}
          </label>
        </div>
        <Button
          variant="primary"
          className="ml-auto"
          disabled={shippable === 0 || checking || tableBehind}
          busy={running}
          onClick={onShip}
        >
          {t('summary.ship', { count: shippable, n: formatNumber(shippable, i18n.language) })}
        </Button>
      </div>
      {counts.error > 0 && (
        <p className="text-sm text-red-700">{t('summary.blocking', { count: counts.error })}</p>
      )}
      {progress && running && (
        <div className="flex items-center gap-3">
          <progress
            className="h-2 flex-1 accent-accent-600"
            aria-label={t('summary.progress')}
            max={progress.total}
            value={progress.done}
          />
          <span className="text-sm text-slate-700 tabular-nums">
            {t('summary.progressText', {
              done: formatNumber(progress.done, i18n.language),
              total: formatNumber(progress.total, i18n.language),
            })}
          </span>
        </div>
      )}
    </div>
  );
}
