import { Link } from 'react-router';
import { useTranslation } from '@/i18n';
import { buttonClasses } from '@/components/button';
import { CloseIcon } from '@/components/icons';
import { formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import type { AllocatedOrder } from './use-bulk-allocation';

interface LocationBatch {
  locationId: string;
  locationName: string;
  orderIds: string[];
}

/** The just-allocated orders grouped by location, in the order the locations first appear. */
export function byLocation(orders: readonly AllocatedOrder[]): LocationBatch[] {
  const batches = new Map<string, LocationBatch>();
  for (const order of orders) {
    const batch = batches.get(order.locationId) ?? {
      locationId: order.locationId,
      locationName: order.locationName,
      orderIds: [],
    };
    batch.orderIds.push(order.orderId);
    batches.set(order.locationId, batch);
  }
  return [...batches.values()];
}

/**
 * After allocating to the user's own warehouse: "12 orders allocated to 上海青浦仓 · Print pick
 * list". Orders sent to other locations are picked there, so they get no link here.
 */
export function AllocatedNotice({
  orders,
  onDismiss,
}: {
  orders: readonly AllocatedOrder[];
  onDismiss: () => void;
}) {
  const { t, i18n } = useTranslation('allocation');
  const batches = byLocation(orders);
  return (
    <div role="status" aria-live="polite">
      {batches.length > 0 && (
        <div className="flex items-start justify-between gap-3 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <ul className="flex flex-col gap-1">
            {batches.map((batch) => (
              <li key={batch.locationId} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span>
                  {t('pickList.allocated', {
                    count: batch.orderIds.length,
                    n: formatNumber(batch.orderIds.length, i18n.language),
                    location: batch.locationName,
                  })}
                </span>
                <Link
                  to={paths.pickList(batch.locationId, batch.orderIds)}
                  aria-label={t('pickList.printLabel', { location: batch.locationName })}
                  className={buttonClasses('secondary', 'sm')}
                >
                  {t('pickList.print')}
                </Link>
              </li>
            ))}
          </ul>
          <button
            type="button"
            aria-label={t('pickList.dismiss')}
            onClick={onDismiss}
            className="inline-flex size-6 shrink-0 items-center justify-center rounded hover:bg-emerald-100 focus-visible:outline-2 focus-visible:outline-accent-600"
          >
            <CloseIcon className="size-3.5" />
          </button>
        </div>
      )}
    </div>
  );
}
