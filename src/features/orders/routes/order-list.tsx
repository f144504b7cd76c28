import { Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n';
import type { OrderSummary } from '@/api/contract/orders';
import { useRuntimeConfig } from '@/api/runtime-context';
import { useCurrentUser } from '@/api/session-store';
import { usePrefetchNextPage } from '@/api/use-prefetch-next-page';
import { Button } from '@/components/button';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states';
import {
  DataTable,
  ListCount,
  ListPagination,
  pageCount,
  pageQueryTableProps,
  sortingFromParam,
  sortParamFrom,
} from '@/components/table';
import { formatNumber } from '@/lib/format';
import { useTablePreference } from '@/lib/preferences';
import { listOrdersOptions, useOrders } from '../api/list-orders';
import { useNewOrderCounts, useOrderCounts } from '../api/order-counts';
import { ColumnMenu } from '../components/list/column-menu';
import { NewOrdersBanner } from '../components/list/new-orders-banner';
import { SelectionBar } from '../components/list/selection-bar';
import { useListSelection } from '../components/list/use-list-selection';
import { ORDER_COLUMN_IDS, useOrderColumns } from '../components/order-columns';
import { OrderFilters } from '../components/order-filters';
import { LazyExportDialog, LazyOrderPanel } from '../components/lazy';
import { StatusTabs, statusTabId } from '../components/status-tabs';
import {
  countsQueryOf,
  dateRangeOf,
  filterKeyOf,
  filterQueryOf,
  listQueryOf,
  newOrdersQueryOf,
  orderSortOf,
} from '../lib/list-params';
import { useTagsById } from '../lib/tags';
import { useListPin, useOrderListState } from '../lib/use-order-list-state';

const orderRowId = (order: OrderSummary) => order.id;
const NO_ORDERS: readonly OrderSummary[] = [];

export function Component() {
  const { t, i18n } = useTranslation('orders');
  const { state, update, clearFilters } = useOrderListState();
  const { timeZone } = useRuntimeConfig();
  const user = useCurrentUser();
  const table = useTablePreference(user?.id, 'orders');
  const idPrefix = useId();
  const panelId = `${idPrefix}-panel`;
  const [exporting, setExporting] = useState(false);

  const filterKey = filterKeyOf(state);
  const { pin, refresh } = useListPin(filterKey);
  const view = useMemo(() => ({ timeZone, pin }), [timeZone, pin]);
  const listQuery = useMemo(() => listQueryOf(state, view), [state, view]);
  const countsQuery = useMemo(() => countsQueryOf(state, view), [state, view]);
  const newQuery = useMemo(() => newOrdersQueryOf(state, view), [state, view]);
  const dates = dateRangeOf(state, timeZone, new Date(pin));

  const orders = useOrders(listQuery);
  const counts = useOrderCounts(countsQuery);
  const arrived = useNewOrderCounts(newQuery);
  const tagsById = useTagsById();
  const columns = useOrderColumns(tagsById, table.hiddenColumns);

  const total = orders.data?.total ?? 0;
  const pages = pageCount(total, state.pageSize);
  usePrefetchNextPage(orders, listQuery, { page: state.page, pages }, listOrdersOptions);

  const items = orders.data?.items ?? NO_ORDERS;
  const selection = useListSelection(filterKey, items, total);

  return (
    <div className="flex flex-col gap-3">
      <PageHeader
        title={t('title')}
        meta={
          orders.data && (
            <ListCount>{t('list.count', { total: formatNumber(total, i18n.language) })}</ListCount>
          )
        }
        actions={
          <div className="flex items-center gap-2">
            <ColumnMenu
              columns={ORDER_COLUMN_IDS.map((id) => ({ id, label: t(`columns.${id}`) }))}
              hidden={table.hiddenColumns}
              onHiddenChange={table.setHiddenColumns}
              density={table.density}
              onDensityChange={table.setDensity}
            />
            <Button size="sm" disabled={!orders.data} onClick={() => setExporting(true)}>
              {t('list.export')}
            </Button>
          </div>
        }
      />
      <OrderFilters state={state} dates={dates} onChange={update} onClear={clearFilters} />
      <StatusTabs
        value={state.status}
        onChange={(status) => update({ status })}
        counts={counts.data}
        countsFailed={counts.isError}
        panelId={panelId}
        idPrefix={idPrefix}
      />
      <div
        id={panelId}
        role="tabpanel"
        aria-labelledby={statusTabId(idPrefix, state.status)}
        className="flex flex-col gap-2"
      >
        <NewOrdersBanner count={arrived.data?.[state.status] ?? 0} onShow={refresh} />
        {selection.clearedNotice && (
          <p role="status" className="text-xs text-slate-600">
            {t('selection.clearedByFilter')}
          </p>
        )}
        <SelectionBar
          count={selection.count}
          total={total}
          allMatching={selection.current.all}
          onSelectAll={selection.selectAll}
          onClear={selection.clear}
          bulkSelection={() => selection.toBulk(filterQueryOf(state, view), state.status)}
          exportQuery={listQuery}
        />
        <DataTable
          label={t('list.tableLabel')}
          columns={columns}
          {...pageQueryTableProps(orders)}
          getRowId={orderRowId}
          sorting={sortingFromParam(state.sort)}
          onSortingChange={(sorting) => update({ sort: orderSortOf(sortParamFrom(sorting)) })}
          density={table.density}
          maxHeight="calc(100dvh - 21rem)"
          empty={<EmptyState title={t('list.empty')} description={t('list.emptyHint')} />}
          onRowClick={(order) => update({ panel: order.id, page: state.page })}
          selection={selection.tableProps}
        />
        <ListPagination state={state} total={orders.data?.total} onChange={update} />
      </div>
      {state.panel && (
        <Suspense fallback={null}>
          <LazyOrderPanel
            orderId={state.panel}
            onClose={() => update({ panel: '', page: state.page })}
          />
        </Suspense>
      )}
      <LazyExportDialog
        open={exporting}
        onOpenChange={setExporting}
        query={listQuery}
        total={total}
      />
    </div>
  );
}
