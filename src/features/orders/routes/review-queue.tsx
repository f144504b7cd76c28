import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/i18n';
import { Button } from '@/components/button';
import { Kbd } from '@/components/kbd';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState, SkeletonRows } from '@/components/states';
import { formatNumber } from '@/lib/format';
import { newOrdersQueryOf, reviewListQueryOf } from '../lib/review-params';
import type { ReviewCommand } from '../lib/review-keys';
import { NewOrdersLink } from '../components/review/new-orders-link';
import { QueueFilters } from '../components/review/queue-filters';
import { QueueList } from '../components/review/queue-list';
import type { ReviewActionHandlers } from '../components/review/review-actions';
import { ReviewDetail } from '../components/review/review-detail';
import { ShortcutsDialog } from '../components/review/shortcuts-dialog';
import { useReviewQueue } from '../components/review/use-review-queue';
import { useReviewShortcuts } from '../components/review/use-review-shortcuts';
import { useReviewState } from '../components/review/use-review-state';
import { usePrefetchNeighbours, useSelectedOrder } from '../components/review/use-selected-order';

/** Within this many orders of the last one loaded, the next page is fetched ahead of the reviewer. */
const PREFETCH_DISTANCE = 10;

/**
 * The review queue: pending orders oldest first on the left, the selected one on the right, worked
 * by keyboard (j/k, a, h, r, e, t, /, ?). Approving, holding or rejecting takes the order out of the
 * queue and selects the next, so the reviewer never starts over at the top.
 */
export function Component() {
  const { t, i18n } = useTranslation('review');
  const { state, select, changeFilters, clearFilters } = useReviewState();
  const [pinnedAt, setPinnedAt] = useState(() => new Date().toISOString());
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const filtersRef = useRef<HTMLDivElement>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  const handlersRef = useRef<ReviewActionHandlers | null>(null);

  const { q, storeId, risky } = state;
  const listQuery = useMemo(
    () => reviewListQueryOf({ q, storeId, risky, order: '' }, pinnedAt),
    [q, storeId, risky, pinnedAt],
  );
  const newOrdersQuery = useMemo(
    () => newOrdersQueryOf({ q, storeId, risky, order: '' }, pinnedAt),
    [q, storeId, risky, pinnedAt],
  );
  const queue = useReviewQueue(listQuery);
  const visible = useMemo(
    () => queue.orders.filter((order) => !left.has(order.id)),
    [queue.orders, left],
  );
  const selectedId = state.order || visible[0]?.id || '';
  const selectedIndex = visible.findIndex((order) => order.id === selectedId);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = queue;

  // Where the selection was: when its order leaves, the one that takes its place is next, even if
  // a refetch already took the order out of the list.
  const position = useRef(0);
  useEffect(() => {
    if (selectedIndex >= 0) position.current = selectedIndex;
  }, [selectedIndex]);

  const selectedOrder = useSelectedOrder(selectedId, (order) => {
    const index = visible.findIndex((item) => item.id === order.id);
    const remaining = visible.filter((item) => item.id !== order.id);
    const next = remaining[Math.min(index >= 0 ? index : position.current, remaining.length - 1)];
    setLeft((current) => new Set(current).add(order.id));
    select(next?.id ?? '');
    const outcome =
      order.status === 'approved' || order.status === 'on_hold' || order.status === 'cancelled'
        ? t(`announce.${order.status}`, { number: order.number })
        : t('announce.moved', {
            number: order.number,
            status: t(`orders:status.${order.status}`),
          });
    setAnnouncement(outcome);
    // The dialog or button that did it may be gone with the order; keep the keyboard in the queue.
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected)
        listRef.current?.focus({ preventScroll: true });
    });
  });

  usePrefetchNeighbours([visible[selectedIndex + 1]?.id, visible[selectedIndex - 1]?.id]);

  // The selection is always explicit in the URL: were it "the first order", it would jump when
  // that order left the queue, before the page had seen why.
  const firstId = visible[0]?.id;
  useEffect(() => {
    if (!state.order && firstId) select(firstId);
  }, [state.order, firstId, select]);

  useEffect(() => {
    const near = selectedIndex >= 0 && visible.length - selectedIndex <= PREFETCH_DISTANCE;
    if (near && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [selectedIndex, visible.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  useEffect(() => {
    detailRef.current?.scrollTo?.({ top: 0 });
  }, [selectedId]);

  const move = useCallback(
    (step: 1 | -1) => {
      listRef.current?.focus({ preventScroll: true });
      const target = selectedIndex < 0 ? visible[0] : visible[selectedIndex + step];
      if (target) select(target.id);
    },
    [selectedIndex, visible, select],
  );

  const onCommand = (command: ReviewCommand) => {
    if (command === 'next') move(1);
    else if (command === 'previous') move(-1);
    else if (command === 'help') setHelpOpen(true);
    else if (command === 'search') {
      const input = filtersRef.current?.querySelector<HTMLInputElement>('input[type="search"]');
      input?.focus();
      input?.select();
    } else handlersRef.current?.[command]?.();
  };
  useReviewShortcuts(onCommand, { list: listRef, search: filtersRef });

  const refresh = () => {
    setPinnedAt(new Date().toISOString());
    setLeft(new Set());
    setAnnouncement(t('announce.refreshed'));
  };
  const onFilters = useCallback(
    (patch: Parameters<typeof changeFilters>[0]) => {
      setLeft(new Set());
      changeFilters(patch);
    },
    [changeFilters],
  );

  const stillLoaded = queue.orders.length - visible.length;
  const total = Math.max(0, (queue.total ?? 0) - stillLoaded);
  const filtered = q !== '' || storeId !== '' || risky;

  return (
    <div className="flex h-full min-h-0 flex-col">
      <PageHeader
        title={t('title')}
        meta={
          queue.total !== undefined && (
            <span className="text-sm text-slate-600">
              {t('count', { count: total, n: formatNumber(total, i18n.language) })}
            </span>
          )
        }
        actions={
          <>
            <NewOrdersLink query={newOrdersQuery} onRefresh={refresh} />
            <Button
              size="sm"
              variant="ghost"
              onClick={() => setHelpOpen(true)}
              aria-keyshortcuts="?"
              aria-haspopup="dialog"
            >
              {t('shortcuts.open')}
              <span aria-hidden="true">
                <Kbd>?</Kbd>
              </span>
            </Button>
          </>
        }
      />
      <QueueFilters
        ref={filtersRef}
        state={state}
        onChange={onFilters}
        onClear={() => {
          setLeft(new Set());
          clearFilters();
        }}
      />
      <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm text-slate-700">
        {announcement}
      </p>
      {queue.isError ? (
        <div className="mt-2 rounded-md border border-slate-200 bg-white">
          <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
        </div>
      ) : (
        <div className="mt-2 grid min-h-0 flex-1 grid-cols-[minmax(16rem,22rem)_minmax(0,1fr)] gap-4">
          <div className="flex min-h-0 flex-col overflow-hidden rounded-md border border-slate-200 bg-white">
            {queue.isPending ? (
              <SkeletonRows className="px-3" />
            ) : visible.length === 0 ? (
              <EmptyState
                title={filtered ? t('empty.filteredTitle') : t('empty.title')}
                description={filtered ? t('empty.filteredHint') : t('empty.hint')}
              />
            ) : (
              <QueueList
                ref={listRef}
                orders={visible}
                selectedId={selectedId}
                onSelect={select}
                total={total}
                hasMore={hasNextPage}
                loadingMore={isFetchingNextPage}
                onLoadMore={() => void fetchNextPage()}
              />
            )}
          </div>
          <div ref={detailRef} className="min-h-0 overflow-y-auto pr-1">
            {selectedId ? (
              <ReviewDetail order={selectedOrder} handlersRef={handlersRef} />
            ) : (
              !queue.isPending && (
                <p className="py-12 text-center text-sm text-slate-500">{t('detail.none')}</p>
              )
            )}
          </div>
        </div>
      )}
      <ShortcutsDialog open={helpOpen} onOpenChange={setHelpOpen} />
    </div>
  );
}
