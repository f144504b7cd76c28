import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import type { OrderSummary } from '@/api/contract/orders';
import { usePrefetchNextPage } from '@/api/use-prefetch-next-page';
import { Button } from '@/components/button';
import { lazyDialog } from '@/components/lazy-dialog';
import { SearchFilters } from '@/components/search-filters';
import { EmptyState } from '@/components/states';
import { DataTable, ListPagination, pageCount, pageQueryTableProps } from '@/components/table';
import { useDensity } from '@/lib/preferences';
import { shippedOrdersOptions, useShippedOrders } from '../api/list-shipped';
import { shippedQueryOf, type QueueState } from '../lib/queue-params';
import type { CorrectWaybillDialogProps } from './correct-waybill-dialog';
import { useShippedColumns } from './shipped-columns';

const orderRowId = (order: OrderSummary) => order.id;

// Most visits never correct a number: the dialog (and the carrier checks) load on first use.
const CorrectWaybillDialog = lazyDialog<CorrectWaybillDialogProps>(
  () => import('./correct-waybill-dialog').then((module) => module.CorrectWaybillDialog),
  (props) => props.order !== null,
);

interface ShippedPanelProps {
  state: QueueState;
  update: (patch: Partial<QueueState>) => void;
  canOpenOrders: boolean;
  /** Warehouse and admin may correct a waybill; others see the list only. */
  canCorrect: boolean;
  locationFilter: ReactNode;
}

/** 已发货: what left the user's locations, newest first, searchable by order number or waybill. */
export function ShippedPanel({
  state,
  update,
  canOpenOrders,
  canCorrect,
  locationFilter,
}: ShippedPanelProps) {
  const { t } = useTranslation('shipping');
  const density = useDensity();
  const query = useMemo(() => shippedQueryOf(state), [state]);
  const shipped = useShippedOrders(query);
  const [correcting, setCorrecting] = useState<OrderSummary | null>(null);
  const renderActions = useCallback(
    (order: OrderSummary) => (
      <Button
        size="sm"
        variant="ghost"
        aria-label={t('correct.action', { number: order.number })}
        onClick={() => setCorrecting(order)}
      >
        {t('correct.short')}
      </Button>
    ),
    [t],
  );
  const columns = useShippedColumns(canOpenOrders, canCorrect ? renderActions : null);
  const pages = pageCount(shipped.data?.total ?? 0, state.pageSize);
  usePrefetchNextPage(shipped, query, { page: state.page, pages }, shippedOrdersOptions);
  const onSearch = useCallback((patch: { q: string }) => update(patch), [update]);

  return (
    <section aria-labelledby="shipped-heading" className="flex flex-col gap-3">
      <h2 id="shipped-heading" className="sr-only">
        {t('shipped.heading')}
      </h2>
      <SearchFilters
        q={state.q}
        onSearch={onSearch}
        searchLabel={t('shipped.search')}
        searchPlaceholder={t('shipped.searchPlaceholder')}
        searchClassName="w-72"
        filtered={state.q !== ''}
        clearLabel={t('shipped.clear')}
        onClear={() => update({ q: '' })}
      >
        {locationFilter}
      </SearchFilters>
      <DataTable
        label={t('shipped.tableLabel')}
        columns={columns}
        {...pageQueryTableProps(shipped)}
        getRowId={orderRowId}
        density={density}
        maxHeight="calc(100dvh - 26rem)"
        empty={
          <EmptyState title={state.q ? t('shipped.noMatch', { q: state.q }) : t('shipped.empty')} />
        }
      />
      <ListPagination state={state} total={shipped.data?.total} onChange={update} />
      <CorrectWaybillDialog order={correcting} onClose={() => setCorrecting(null)} />
    </section>
  );
}
