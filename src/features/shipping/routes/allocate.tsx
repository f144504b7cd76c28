import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/i18n';
import type { AllocationCandidate } from '@/api/contract/fulfilment';
import { useCurrentUser } from '@/api/session-store';
import { usePrefetchNextPage } from '@/api/use-prefetch-next-page';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states';
import {
  DataTable,
  ListCount,
  Pagination,
  pageCount,
  pageQueryTableProps,
} from '@/components/table';
import { canUseArea } from '@/domain/access';
import { formatNumber } from '@/lib/format';
import { useDensity } from '@/lib/preferences';
import { allocationCandidatesOptions, useAllocationCandidates } from '../api/allocation';
import { AllocatedNotice } from '../components/allocation/allocated-notice';
import { AllocationBar } from '../components/allocation/allocation-bar';
import { useAllocationColumns } from '../components/allocation/allocation-columns';
import { AllocationFilters } from '../components/allocation/allocation-filters';
import {
  ALLOCATION_PAGE_SIZES,
  allocationFilterKey,
  allocationQueryOf,
} from '../components/allocation/allocation-params';
import { LazyBulkAllocationResultsDialog, LazyOverrideDialog } from '../components/allocation/lazy';
import {
  acceptedItem,
  useBulkAllocation,
  type AllocatedOrder,
} from '../components/allocation/use-bulk-allocation';
import { useAllocationSelection } from '../components/allocation/use-allocation-selection';
import { useAllocationListState } from '../components/allocation/use-allocation-state';

const candidateRowId = (candidate: AllocationCandidate) => candidate.order.id;
const NO_CANDIDATES: readonly AllocationCandidate[] = [];

export function Component() {
  const { t, i18n } = useTranslation('allocation');
  const { state, update } = useAllocationListState();
  const density = useDensity();
  const user = useCurrentUser();
  const canOpenOrders = user ? canUseArea(user.role, 'orders') : false;

  const query = useMemo(() => allocationQueryOf(state), [state]);
  const candidates = useAllocationCandidates(query);
  const items = candidates.data?.items ?? NO_CANDIDATES;
  const total = candidates.data?.total ?? 0;
  usePrefetchNextPage(
    candidates,
    query,
    { page: state.page, pages: pageCount(total, state.pageSize) },
    allocationCandidatesOptions,
  );

  const selection = useAllocationSelection(allocationFilterKey(state), items);

  // The latest row of every order seen, so a dialog or a retry sends the newest version.
  const latest = useMemo(
    () => new Map(items.map((candidate) => [candidate.order.id, candidate])),
    [items],
  );
  const locationNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const candidate of [...items, ...selection.selected])
      for (const option of candidate.options) names.set(option.locationId, option.locationName);
    return names;
  }, [items, selection.selected]);

  // What was just allocated to the user's own locations: their pick list can be printed now.
  const [allocatedHere, setAllocatedHere] = useState<AllocatedOrder[]>([]);
  const myLocations = user?.locationIds;
  const noteAllocated = useCallback(
    (orders: readonly AllocatedOrder[]) => {
      const mine = orders.filter((order) => myLocations?.includes(order.locationId));
      if (mine.length > 0) setAllocatedHere((current) => [...current, ...mine]);
    },
    [myLocations],
  );

  const bulk = useBulkAllocation({
    locationNames,
    onAllocated: (orders) => {
      selection.remove(orders.map((order) => order.orderId));
      noteAllocated(orders);
    },
  });

  const [changing, setChanging] = useState<AllocationCandidate | null>(null);
  const [overrideOpen, setOverrideOpen] = useState(false);
  const openChange = useCallback((candidate: AllocationCandidate) => {
    setChanging(candidate);
    setOverrideOpen(true);
  }, []);
  const columns = useAllocationColumns({ canOpenOrders, onChange: openChange });

  // Focus went back to the row's "Change…" button, which leaves with the row once the list has
  // refetched: then the list's first control takes it, so the keyboard user is not lost.
  const tableRef = useRef<HTMLDivElement>(null);
  const leaving = useRef<string | null>(null);
  useEffect(() => {
    if (!leaving.current || latest.has(leaving.current)) return;
    leaving.current = null;
    const active = document.activeElement;
    if (!active || active === document.body)
      tableRef.current?.querySelector<HTMLElement>('input, button, a')?.focus();
  }, [latest]);

  return (
    <div className="flex flex-col gap-3">
      <PageHeader
        title={t('title')}
        description={t('description')}
        meta={
          candidates.data && (
            <ListCount>{t('count', { total: formatNumber(total, i18n.language) })}</ListCount>
          )
        }
      />
      <AllocationFilters state={state} onChange={update} />
      <AllocatedNotice orders={allocatedHere} onDismiss={() => setAllocatedHere([])} />
      <AllocationBar
        selected={selection.selected}
        pending={bulk.pending}
        onClear={selection.clear}
        onAccept={() =>
          void bulk.run(
            selection.selected.flatMap((candidate) => {
              const item = acceptedItem(latest.get(candidate.order.id) ?? candidate);
              return item ? [item] : [];
            }),
          )
        }
      />
      <div ref={tableRef}>
        <DataTable
          label={t('tableLabel')}
          columns={columns}
          {...pageQueryTableProps(candidates)}
          getRowId={candidateRowId}
          density={density}
          maxHeight="calc(100dvh - 20rem)"
          selection={selection.tableProps}
          empty={
            <EmptyState
              title={t('empty')}
              description={
                state.q || state.storeId || state.region || state.state
                  ? t('emptyFiltered')
                  : t('emptyHint')
              }
            />
          }
        />
      </div>
      {candidates.data && total > 0 && (
        <Pagination
          page={state.page}
          pageSize={state.pageSize}
          total={total}
          pageSizes={ALLOCATION_PAGE_SIZES}
          onPageChange={(page) => update({ page })}
          onPageSizeChange={(pageSize) => update({ pageSize })}
        />
      )}
      <LazyOverrideDialog
        open={overrideOpen}
        onOpenChange={setOverrideOpen}
        candidate={changing ? (latest.get(changing.order.id) ?? changing) : null}
        onAllocated={(order) => {
          noteAllocated([order]);
          leaving.current = order.orderId;
        }}
        onReload={() => candidates.refetch()}
      />
      <LazyBulkAllocationResultsDialog
        outcome={bulk.outcome}
        onClose={bulk.dismiss}
        retrying={bulk.pending}
        onRetryFailed={(ids) => bulk.retryFailed(ids, latest)}
      />
    </div>
  );
}
