import { useTranslation } from '@/i18n';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '@/api/errors';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/lib/paths';
import { useOrder } from '../api/get-order';
import { isFromListState } from '../components/order-link';
import { OrderStatusBadge } from '../components/status-badge';
import { AddressCard, CustomerCard } from '../components/detail/customer-card';
import { HoldNotice } from '../components/detail/hold-notice';
import { LinesCard } from '../components/detail/lines-card';
import { NotesCard, TagsCard } from '../components/detail/notes-card';
import { OrderTimeline } from '../components/detail/order-timeline';
import { PaymentCard } from '../components/detail/payment-card';
import { AllocationCard, ShipmentsCard } from '../components/detail/shipments-card';
import { useTagsById } from '../lib/tags';
import { useOrderFormatting } from '../lib/use-order-formatting';

function BackToList() {
  const { t } = useTranslation('orders');
  const location = useLocation();
  const search = isFromListState(location.state) ? location.state.fromList : '';
  return (
    <Link
      to={`${paths.orders}${search}`}
      className="inline-flex w-fit items-center gap-1 text-sm text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-accent-600"
    >
      <span aria-hidden="true">←</span>
      {t('detail.back')}
    </Link>
  );
}

export function Component() {
  const { t } = useTranslation('orders');
  const { orderId = '' } = useParams();
  const order = useOrder(orderId);
  const tagsById = useTagsById();
  const format = useOrderFormatting();

  if (order.isPending) {
    return (
      <div>
        <BackToList />
        <LoadingState label={t('detail.loading')} />
      </div>
    );
  }

  if (order.isError) {
    const error = order.error;
    const content = isApiError(error, 'not_found') ? (
      <EmptyState title={t('detail.notFound')} description={t('detail.notFoundHint')} />
    ) : isApiError(error, 'out_of_scope') || isApiError(error, 'forbidden') ? (
      <EmptyState title={t('detail.outOfScope')} description={t('detail.outOfScopeHint')} />
    ) : (
      <ErrorState error={error} onRetry={() => void order.refetch()} />
    );
    return (
      <div className="flex flex-col gap-3">
        <BackToList />
        <PageHeader title={t('detail.titleFallback')} />
        <div role="alert" className="rounded-md border border-slate-200 bg-white">
          {content}
        </div>
      </div>
    );
  }

  const data = order.data;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        before={<BackToList />}
        title={<span className="tabular-nums">{data.number}</span>}
        meta={<OrderStatusBadge status={data.status} />}
        description={
          <>
            {data.storeName} ·{' '}
            {t('detail.placedAt', { time: format.dateTime(data.placedAt, data.timeZone) })}
          </>
        }
      />
      <HoldNotice order={data} />
      <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-4">
          <LinesCard order={data} />
          <div className="grid gap-4 lg:grid-cols-2">
            <PaymentCard order={data} />
            <AllocationCard order={data} />
          </div>
          <ShipmentsCard order={data} />
          <OrderTimeline order={data} tagsById={tagsById} />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <CustomerCard order={data} />
          <AddressCard order={data} />
          <TagsCard order={data} tagsById={tagsById} />
          <NotesCard order={data} />
        </div>
      </div>
    </div>
  );
}
