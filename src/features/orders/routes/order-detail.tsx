import { useTranslation } from '@/i18n';
import { Link, useLocation, useParams } from 'react-router';
import type { Order } from '@/api/contract/orders';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/lib/paths';
import { useOrder } from '../api/get-order';
import { OrderActionBar } from '../components/actions/order-action-bar';
import { OrderLoadProblem } from '../components/detail/order-load-problem';
import { OrderView } from '../components/detail/order-view';
import { isFromListState } from '../components/order-link';
import { OrderStatusBadge } from '../components/status-badge';
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

function OrderPage({ order }: { order: Order }) {
  const { t } = useTranslation('orders');
  const format = useOrderFormatting();
  return (
    <div className="flex flex-col">
      <PageHeader
        before={<BackToList />}
        title={<span className="tabular-nums">{order.number}</span>}
        meta={<OrderStatusBadge status={order.status} />}
        description={
          <>
            {order.storeName} ·{' '}
            {t('detail.placedAt', { time: format.dateTime(order.placedAt, order.timeZone) })}
          </>
        }
        actions={<OrderActionBar order={order} />}
      />
      <OrderView order={order} />
    </div>
  );
}

export function Component() {
  const { t } = useTranslation('orders');
  const { orderId = '' } = useParams();
  const order = useOrder(orderId);

  if (order.isSuccess) return <OrderPage order={order.data} />;
  return (
    <div className="flex flex-col gap-3">
      <BackToList />
      {order.isError && <PageHeader title={t('detail.titleFallback')} />}
      <OrderLoadProblem query={order} />
    </div>
  );
}
