import { useStore } from 'zustand';
import type { OrderSummary } from '@/api/contract/orders';
import { Button } from '@/components/button';
import { verdictOf } from '@/domain/waybill/verdict';
import { useTranslation } from '@/i18n';
import type { CommitProgress } from './commit';
import type { DraftState, DraftStore } from './draft-store';

export interface CommitSummary {
  shipped: number;
  failed: number;
  /** Rows whose chunk could not be sent at all: they may be sent again. */
  unsent: number;
}

/** Rows ready to ship (a number and no error; warnings ship) and rows an error holds back. */
export function countRows(state: DraftState, orders: readonly OrderSummary[]) {
  let ready = 0;
  let blocking = 0;
  for (const order of orders) {
    if (!state.entries[order.number]?.waybill.trim()) continue;
    const problems = state.problems[order.number];
    if (problems && verdictOf(problems) === 'error') blocking++;
    else ready++;
  }
  return { ready, blocking };
}

export function CommitBar({
  store,
  orders,
  progress,
  running,
  summary,
  onShip,
  onShowFirstError,
}: {
  store: DraftStore;
  orders: readonly OrderSummary[];
  progress: CommitProgress | null;
  running: boolean;
  summary: CommitSummary | null;
  onShip: () => void;
  onShowFirstError: () => void;
}) {
  const { t } = useTranslation('waybills');
  const ready = useStore(store, (state) => countRows(state, orders).ready);
  const blocking = useStore(store, (state) => countRows(state, orders).blocking);

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border border-slate-200 bg-white px-3 py-2">
      <Button variant="primary" onClick={onShip} disabled={ready === 0 || running} busy={running}>
        {t('commit.ship', { count: ready })}
      </Button>
      {blocking > 0 && (
        <p className="flex items-center gap-2 text-sm text-red-700">
          {t('commit.blocking', { count: blocking })}
          <Button variant="ghost" size="sm" onClick={onShowFirstError}>
            {t('commit.showFirstError')}
          </Button>
        </p>
      )}
      {running && progress && (
        <div className="flex min-w-[14rem] flex-1 items-center gap-2">
          <div
            role="progressbar"
            aria-label={t('commit.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
            aria-valuetext={t('commit.progress', { done: progress.done, total: progress.total })}
            className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200"
          >
            <div
              className="h-full bg-accent-600 transition-[width]"
              style={{ width: `${progress.total ? (100 * progress.done) / progress.total : 0}%` }}
            />
          </div>
          <span className="text-xs text-slate-600 tabular-nums">
            {t('commit.progress', { done: progress.done, total: progress.total })}
          </span>
        </div>
      )}
      <div role="status" className="text-sm">
        {!running && summary && (
          <span
            className={summary.failed + summary.unsent > 0 ? 'text-amber-800' : 'text-emerald-800'}
          >
            {t('commit.summary', { shipped: summary.shipped, failed: summary.failed })}
            {summary.unsent > 0 && <> {t('commit.unsent', { count: summary.unsent })}</>}
          </span>
        )}
      </div>
      {!running && summary && summary.unsent > 0 && (
        <Button size="sm" onClick={onShip}>
          {t('commit.retry')}
        </Button>
      )}
      <span className="ml-auto text-sm text-slate-600">
        {t('grid.count', { count: orders.length })}
      </span>
    </div>
  );
}
