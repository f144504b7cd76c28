import type { MutableRefObject } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { paths } from '@/lib/paths';
import { useOrderFormatting } from '../../lib/use-order-formatting';
import { OrderLoadProblem } from '../detail/order-load-problem';
import { OrderView } from '../detail/order-view';
import { OrderStatusBadge } from '../status-badge';
import { ReviewActions, type ReviewActionHandlers } from './review-actions';

interface ReviewDetailProps {
  order: UseQueryResult<Order>;
  handlersRef: MutableRefObject<ReviewActionHandlers | null>;
}

/** The selected order: its heading, the review actions, and the same body as the order page. */
export function ReviewDetail({ order, handlersRef }: ReviewDetailProps) {
  const { t } = useTranslation('review');
  const format = useOrderFormatting();
  const data = order.data;
  if (!data) return <OrderLoadProblem query={order} />;

  return (
    <article aria-labelledby="review-order-heading" className="flex flex-col gap-4">
      <header className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex min-w-0 flex-wrap items-center gap-2">
            <h2
              id="review-order-heading"
              className="text-base font-semibold tabular-nums text-slate-900"
            >
              {data.number}
            </h2>
            <OrderStatusBadge status={data.status} />
            <span className="text-base font-semibold tabular-nums text-slate-900">
              {format.money(data.totals.total)}
            </span>
          </div>
          <Link
            to={paths.order(data.id)}
            className="text-sm text-accent-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent-600"
          >
            {t('detail.openFull')}
          </Link>
        </div>
        <p className="text-sm text-slate-600">
          {data.storeName} ·{' '}
          {t('detail.placedAt', { time: format.dateTime(data.placedAt, data.timeZone) })}
        </p>
        <ReviewActions key={data.id} order={data} handlersRef={handlersRef} />
      </header>
      <OrderView order={data} layout="pane" />
    </article>
  );
}
