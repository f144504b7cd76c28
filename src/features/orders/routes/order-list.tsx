import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from '@/i18n';
import { useLocation, useNavigate } from 'react-router';
import { useBackend } from '@/api/backend-context';
import type { OrderSummary } from '@/api/contract/orders';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState } from '@/components/states';
import {
  DataTable,
  Pagination,
  pageCount,
  sortingFromParam,
  sortParamFrom,
} from '@/components/table';
import { formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useDensity } from '@/lib/preferences';
import { listOrdersOptions, useOrders } from '../api/list-orders';
import { useOrderCounts } from '../api/order-counts';
import { useOrderColumns } from '../components/order-columns';
import { OrderFilters } from '../components/order-filters';
import type { FromListState } from '../components/order-link';
import { StatusTabs, statusTabId } from '../components/status-tabs';
import { countsQueryOf, listQueryOf, orderSortOf } from '../lib/list-params';
import { useTagsById } from '../lib/tags';
import { useOrderListState } from '../lib/use-order-list-state';

const orderRowId = (order: OrderSummary) => order.id;

export function Component() {
  const { t, i18n } = useTranslation('orders');
  const { state, update, clearFilters } = useOrderListState();
  const backend = useBackend();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const density = useDensity();
  const idPrefix = useId();
  const panelId = `${idPrefix}-panel`;

  const listQuery = listQueryOf(state);
  const orders = useOrders(listQuery);
  const counts = useOrderCounts(countsQueryOf(state));
  const tagsById = useTagsById();
  const columns = useOrderColumns(tagsById);

  const total = orders.data?.total ?? 0;
  const pages = pageCount(total, state.pageSize);

  // The next page is usually where the user goes; have it ready.
  const hasNext = orders.isSuccess && !orders.isPlaceholderData && state.page < pages;
  const nextQuery = useMemo(
    () => (hasNext ? listQueryOf({ ...state, page: state.page + 1 }) : null),
    [hasNext, state],
  );
  useEffect(() => {
    if (nextQuery) void queryClient.prefetchQuery(listOrdersOptions(backend, nextQuery));
  }, [nextQuery, backend, queryClient]);

  const openOrder = (order: OrderSummary) => {
    const fromList: FromListState = { fromList: location.search };
    void navigate(paths.order(order.id), { state: fromList });
  };

  return (
    <div className="flex flex-col gap-3">
      <PageHeader
        title={t('title')}
        meta={
          orders.data && (
            <span className="text-sm text-slate-600" aria-live="polite">
              {t('list.count', { total: formatNumber(total, i18n.language) })}
            </span>
          )
        }
      />
      <OrderFilters state={state} onChange={update} onClear={clearFilters} />
      <StatusTabs
        value={state.status}
        onChange={(status) => update({ status })}
        counts={counts.data}
        panelId={panelId}
        idPrefix={idPrefix}
      />
      <div id={panelId} role="tabpanel" aria-labelledby={statusTabId(idPrefix, state.status)}>
        <DataTable
          label={t('list.tableLabel')}
          columns={columns}
          data={orders.data?.items}
          getRowId={orderRowId}
          sorting={sortingFromParam(state.sort)}
          onSortingChange={(sorting) => update({ sort: orderSortOf(sortParamFrom(sorting)) })}
          density={density}
          maxHeight="calc(100dvh - 19.5rem)"
          isLoading={orders.isPending}
          isFetching={orders.isFetching && orders.isPlaceholderData}
          error={
            orders.isError ? (
              <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />
            ) : undefined
          }
          empty={<EmptyState title={t('list.empty')} description={t('list.emptyHint')} />}
          onRowClick={openOrder}
        />
        {orders.data && total > 0 && (
          <Pagination
            page={state.page}
            pageSize={state.pageSize}
            total={total}
            onPageChange={(page) => update({ page })}
            onPageSizeChange={(pageSize) => update({ pageSize })}
          />
        )}
      </div>
    </div>
  );
}
