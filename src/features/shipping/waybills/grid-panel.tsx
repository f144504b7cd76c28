import { useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { WaybillItem, WaybillRowResult } from '@/api/contract/fulfilment';
import type { OrderSummary } from '@/api/contract/orders';
import { EmptyState, ErrorState } from '@/components/states';
import { verdictOf } from '@/domain/waybill/verdict';
import { useTranslation } from '@/i18n';
import { formatNumber } from '@/lib/format';
import { CommitBar, type CommitSummary } from './commit-bar';
import { useWaybillCommit } from './commit';
import { DiscardDraftButton, DraftNotice } from './draft-notice';
import { enteredCount, type DraftStore } from './draft-store';
import { GridFilters } from './grid-filters';
import { GRID_PAGE_SIZE, useGridFilters, useGridOrders } from './grid-query';
import { itemOf, useRowChecks } from './use-row-checks';
import { WaybillGrid } from './waybill-grid';

const NO_ORDERS: readonly OrderSummary[] = [];

/** The grid mode: filters, the draft's notice, the orders with their waybill inputs, and the commit. */
export function GridPanel({ store }: { store: DraftStore }) {
  const { t, i18n } = useTranslation('waybills');
  const { filters } = useGridFilters();
  const list = useGridOrders(filters);
  const [shipped, setShipped] = useState<ReadonlySet<string>>(() => new Set());
  // Rows a commit refused stay in view with the reason, even when their order has left the list
  // (put on hold meanwhile, say): the parcel is in the worker's hands and needs an answer.
  const [refusedOrders, setRefusedOrders] = useState<readonly OrderSummary[]>([]);
  // Discarding the draft remounts the rows, so their uncontrolled inputs start empty.
  const [generation, setGeneration] = useState(0);
  const frame = useRef<HTMLDivElement>(null);

  const loaded = list.data?.items ?? NO_ORDERS;
  const orders = useMemo(() => {
    const listed = new Set(loaded.map((order) => order.number));
    const missing = refusedOrders.filter((order) => !listed.has(order.number));
    const all =
      missing.length === 0
        ? loaded
        : [...loaded, ...missing].sort((a, b) => Date.parse(a.placedAt) - Date.parse(b.placedAt));
    return shipped.size === 0 ? all : all.filter((order) => !shipped.has(order.number));
  }, [loaded, refusedOrders, shipped]);
  const checks = useRowChecks(store, orders);
  const { commit, progress, running } = useWaybillCommit();
  const [summary, setSummary] = useState<CommitSummary | null>(null);
  const hasDraft = useStore(store, (state) => enteredCount(state.entries) > 0);
  const [noticeOpen, setNoticeOpen] = useState(() => enteredCount(store.getState().entries) > 0);

  async function ship() {
    checks.checkNow();
    const { entries, problems } = store.getState();
    const rows = orders.flatMap((order) => {
      const entry = entries[order.number];
      const rowProblems = problems[order.number];
      if (!entry?.waybill.trim() || !rowProblems || verdictOf(rowProblems) === 'error') return [];
      return [{ order, item: itemOf(order, entry) }];
    });
    if (rows.length === 0) return;
    setSummary(null);
    const { results } = await commit(rows.map((row) => row.item));
    const shippedNow: string[] = [];
    const refused: { order: OrderSummary; item: WaybillItem; result: WaybillRowResult }[] = [];
    let unsent = 0;
    results.forEach((result, index) => {
      const row = rows[index];
      if (!row) return;
      if (!result) unsent++;
      else if (result.shipped) shippedNow.push(row.order.number);
      else refused.push({ ...row, result });
    });
    store.getState().remove(shippedNow);
    setShipped((previous) => new Set([...previous, ...shippedNow]));
    setRefusedOrders((previous) => [
      ...previous.filter((order) => !refused.some((row) => row.order.number === order.number)),
      ...refused.map((row) => row.order),
    ]);
    checks.rememberCommitted(refused);
    setSummary({ shipped: shippedNow.length, failed: refused.length, unsent });
  }

  function showFirstError() {
    frame.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <GridFilters />
        {hasDraft && !noticeOpen && (
          <DiscardDraftButton
            store={store}
            tone="secondary"
            onDiscarded={() => setGeneration((n) => n + 1)}
          />
        )}
      </div>
      <DraftNotice
        store={store}
        onDiscarded={() => setGeneration((n) => n + 1)}
        onDismissed={() => setNoticeOpen(false)}
      />
      <CommitBar
        store={store}
        orders={orders}
        progress={progress}
        running={running}
        summary={summary}
        onShip={() => void ship()}
        onShowFirstError={showFirstError}
      />
      {list.data && list.data.total > GRID_PAGE_SIZE && (
        <p className="text-sm text-amber-800">
          {t('grid.truncated', {
            shown: formatNumber(GRID_PAGE_SIZE, i18n.language),
            total: formatNumber(list.data.total, i18n.language),
          })}
        </p>
      )}
      {list.isError && !list.data ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <p role="status" className="py-10 text-center text-sm text-slate-600">
          {t('grid.loading')}
        </p>
      ) : orders.length === 0 ? (
        <EmptyState title={t('grid.empty')} description={t('grid.emptyHint')} />
      ) : (
        <div
          ref={frame}
          className="overflow-auto rounded-md border border-slate-200 bg-white"
          style={{ maxHeight: 'max(20rem, calc(100dvh - 17rem))' }}
        >
          <WaybillGrid
            key={generation}
            orders={orders}
            store={store}
            onRowChanged={checks.requestCheck}
          />
        </div>
      )}
    </div>
  );
}
