import { useId, useMemo } from 'react';
import { useTranslation } from '@/i18n';
import { useLocation, useNavigate } from 'react-router';
import type { OrderSummary } from '@/api/contract/orders';
import { usePrefetchNextPage } from '@/api/use-prefetch-next-page';
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
  const navigate = useNavigate();
  const location = useLocation();
  const density = useDensity();
  const idPrefix = useId();
  const panelId = `${idPrefix}-panel`;

  const listQuery = useMemo(() => listQueryOf(state), [state]);
  const orders = useOrders(listQuery);
  const counts = useOrderCounts(countsQueryOf(state));
  const tagsById = useTagsById();
  const columns = useOrderColumns(tagsById);

  const total = orders.data?.total ?? 0;
  const pages = pageCount(total, state.pageSize);
  usePrefetchNextPage(orders, listQuery, { page: state.page, pages }, listOrdersOptions);

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
            <ListCount>{t('list.count', { total: formatNumber(total, i18n.language) })}</ListCount>
          )
        }
      />
      <OrderFilters state={state} onChange={update} onClear={clearFilters} />
      <StatusTabs
        value={state.status}
        onChange={(status) => update({ status })}
        counts={counts.data}
        countsFailed={counts.isError}
        panelId={panelId}
        idPrefix={idPrefix}
      />
      <div id={panelId} role="tabpanel" aria-labelledby={statusTabId(idPrefix, state.status)}>
        <DataTable
          label={t('list.tableLabel')}
          columns={columns}
          {...pageQueryTableProps(orders)}
          getRowId={orderRowId}
          sorting={sortingFromParam(state.sort)}
          onSortingChange={(sorting) => update({ sort: orderSortOf(sortParamFrom(sorting)) })}
          density={density}
          maxHeight="calc(100dvh - 19.5rem)"
          empty={<EmptyState title={t('list.empty')} description={t('list.emptyHint')} />}
          onRowClick={openOrder}
        />
        <ListPagination state={state} total={orders.data?.total} onChange={update} />
      </div>
    </div>
  );
}
