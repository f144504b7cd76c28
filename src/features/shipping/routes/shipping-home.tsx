import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import type { OrderSummary } from '@/api/contract/orders';
import { useCurrentUser } from '@/api/session-store';
import { usePrefetchNextPage } from '@/api/use-prefetch-next-page';
import { Field, NativeSelect } from '@/components/field';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states';
import {
  DataTable,
  ListPagination,
  pageCount,
  pageQueryTableProps,
  sortingFromParam,
  sortParamFrom,
} from '@/components/table';
import { canUseArea } from '@/domain/access';
import { CARRIERS } from '@/domain/waybill/carriers';
import { formatNumber } from '@/lib/format';
import { useDensity } from '@/lib/preferences';
import { shippingQueueOptions, useShippingQueue } from '../api/list-queue';
import { useQueueCounts } from '../api/queue-counts';
import { useQueueColumns } from '../components/queue-columns';
import { queueQueryOf, queueSortOf } from '../lib/queue-params';
import { useQueueState } from '../lib/use-queue-state';

const orderRowId = (order: OrderSummary) => order.id;

function QueueCount({ label, value }: { label: string; value: number | undefined }) {
  const { i18n } = useTranslation();
  return (
    <div className="rounded-md border border-slate-200 bg-white px-4 py-3">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-xl font-semibold text-slate-900 tabular-nums">
        {value === undefined ? '…' : formatNumber(value, i18n.language)}
      </dd>
    </div>
  );
}

export function Component() {
  const { t } = useTranslation('shipping');
  const { state, update } = useQueueState();
  const density = useDensity();
  const user = useCurrentUser();
  const canOpenOrders = user ? canUseArea(user.role, 'orders') : false;

  const query = useMemo(() => queueQueryOf(state), [state]);
  const queue = useShippingQueue(query);
  const counts = useQueueCounts();
  const columns = useQueueColumns(canOpenOrders);

  const total = queue.data?.total ?? 0;
  const pages = pageCount(total, state.pageSize);
  usePrefetchNextPage(queue, query, { page: state.page, pages }, shippingQueueOptions);

  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t('title')} description={t('description')} />
      <dl className="grid max-w-md grid-cols-2 gap-3">
        <QueueCount label={t('counts.toAllocate')} value={counts.data?.approved} />
        <QueueCount label={t('counts.toShip')} value={counts.data?.allocated} />
      </dl>
      <section aria-labelledby="shipping-queue-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="shipping-queue-heading" className="text-base font-semibold text-slate-900">
            {t('queue')}
          </h2>
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
        <DataTable
          label={t('tableLabel')}
          columns={columns}
          {...pageQueryTableProps(queue)}
          getRowId={orderRowId}
          sorting={sortingFromParam(state.sort)}
          onSortingChange={(sorting) => update({ sort: queueSortOf(sortParamFrom(sorting)) })}
          density={density}
          maxHeight="calc(100dvh - 24rem)"
          empty={<EmptyState title={t('empty')} description={t('emptyHint')} />}
        />
        <ListPagination state={state} total={queue.data?.total} onChange={update} />
      </section>
    </div>
  );
}
