import { useCallback, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '@/i18n';
import type { OrderSummary } from '@/api/contract/orders';
import { usePrefetchNextPage } from '@/api/use-prefetch-next-page';
import { buttonClasses } from '@/components/button';
import { Field, NativeSelect } from '@/components/field';
import { EmptyState } from '@/components/states';
import {
  DataTable,
  ListPagination,
  pageCount,
  pageQueryTableProps,
  sortingFromParam,
  sortParamFrom,
} from '@/components/table';
import { CARRIERS } from '@/domain/waybill/carriers';
import { paths } from '@/lib/paths';
import { useDensity } from '@/lib/preferences';
import { shippingQueueOptions, useShippingQueue } from '../api/list-queue';
import { queueQueryOf, queueSortOf, type QueueState } from '../lib/queue-params';
import { usePageSelection } from '../lib/use-page-selection';
import { DeallocateButton } from './deallocate-button';
import { useQueueColumns } from './queue-columns';

const orderRowId = (order: OrderSummary) => order.id;
const NO_ORDERS: readonly OrderSummary[] = [];

interface ToShipPanelProps {
  state: QueueState;
  update: (patch: Partial<QueueState>) => void;
  canOpenOrders: boolean;
  /** The location a pick list is printed for; '' when the user must pick one first. */
  printLocationId: string;
  /** The location filter, when the user has more than one location. */
  locationFilter: ReactNode;
}

/** 待发货: the allocated queue, with a pick list for the shown or ticked orders and per-row deallocation. */
export function ToShipPanel({
  state,
  update,
  canOpenOrders,
  printLocationId,
  locationFilter,
}: ToShipPanelProps) {
  const { t } = useTranslation('shipping');
  const density = useDensity();
  const query = useMemo(() => queueQueryOf(state), [state]);
  const queue = useShippingQueue(query);
  const renderActions = useCallback(
    (order: OrderSummary) => <DeallocateButton order={order} />,
    [],
  );
  const columns = useQueueColumns(canOpenOrders, renderActions);
  const pages = pageCount(queue.data?.total ?? 0, state.pageSize);
  usePrefetchNextPage(queue, query, { page: state.page, pages }, shippingQueueOptions);

  const rows = queue.data?.items ?? NO_ORDERS;
  const { selection, selectedIds } = usePageSelection(rows, orderRowId, {
    row: (order) => t('select.row', { number: order.number }),
    page: t('select.page'),
  });
  const printIds = selectedIds.length > 0 ? selectedIds : rows.map(orderRowId);

  return (
    <section aria-labelledby="shipping-queue-heading" className="flex flex-col gap-3">
      <h2 id="shipping-queue-heading" className="sr-only">
        {t('queue')}
      </h2>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-wrap items-end gap-3">
          {locationFilter}
          <Field label={t('filters.carrier')} className="w-48">
            {(control) => (
              <NativeSelect
                {...control}
                value={state.carrier}
                onChange={(event) =>
                  update({ carrier: CARRIERS.find((c) => c === event.target.value) ?? '' })
                }
              >
                <option value="">{t('filters.allCarriers')}</option>
                {CARRIERS.map((carrier) => (
                  <option key={carrier} value={carrier}>
                    {t(`carrier.${carrier}`)}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
        </div>
        <div className="flex items-center gap-3">
          {!printLocationId && rows.length > 0 && (
            <p className="text-xs text-slate-600">{t('pickList.chooseLocation')}</p>
          )}
          {printLocationId && printIds.length > 0 ? (
            <Link
              to={paths.pickList(printLocationId, printIds)}
              className={buttonClasses('primary')}
            >
              {selectedIds.length > 0
                ? t('pickList.printSelected', { count: selectedIds.length })
                : t('pickList.printShown', { count: printIds.length })}
            </Link>
          ) : (
            <button type="button" className={buttonClasses('primary')} disabled>
              {t('pickList.print')}
            </button>
          )}
        </div>
      </div>
      <DataTable
        label={t('tableLabel')}
        columns={columns}
        {...pageQueryTableProps(queue)}
        getRowId={orderRowId}
        sorting={sortingFromParam(state.sort)}
        onSortingChange={(sorting) => update({ sort: queueSortOf(sortParamFrom(sorting)) })}
        density={density}
        selection={selection}
        maxHeight="calc(100dvh - 26rem)"
        empty={<EmptyState title={t('empty')} description={t('emptyHint')} />}
      />
      <ListPagination state={state} total={queue.data?.total} onChange={update} />
    </section>
  );
}
