import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { useOrderFormatting } from '../../lib/use-order-formatting';

/** Why the order is held or was cancelled: the first thing someone opening it needs to know. */
export function HoldNotice({ order }: { order: Order }) {
  const { t } = useTranslation('orders');
  const format = useOrderFormatting();
  const { hold, cancellation } = order;
  if (!hold && !cancellation) return null;
  return (
    <div className="flex flex-col gap-2">
      {hold && (
        <section
          aria-label={t('detail.hold')}
          className="rounded-md border border-orange-200 bg-orange-50 px-4 py-3 text-sm text-orange-900"
        >
          <p className="font-medium">
            {t('detail.hold')}：{t(`holdReason.${hold.reason}`)}
          </p>
          {hold.note && <p className="mt-1 whitespace-pre-wrap">{hold.note}</p>}
          <p className="mt-1 text-xs">
            {t('detail.holdBy', {
              name: hold.by?.name ?? t('detail.system'),
              time: format.dateTime(hold.at, order.timeZone),
            })}
            {hold.until && (
              <span className="ml-2">
                {t('detail.holdUntil', { time: format.dateTime(hold.until, order.timeZone) })}
              </span>
            )}
          </p>
        </section>
      )}
      {cancellation && (
        <section
          aria-label={t('detail.cancellation')}
          className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900"
        >
          <p className="font-medium">
            {t('detail.cancellation')}：{t(`cancelReason.${cancellation.reason}`)}
          </p>
          {cancellation.note && <p className="mt-1 whitespace-pre-wrap">{cancellation.note}</p>}
          <p className="mt-1 text-xs">
            {t('detail.cancelledAt', { time: format.dateTime(cancellation.at, order.timeZone) })}
          </p>
        </section>
      )}
    </div>
  );
}
