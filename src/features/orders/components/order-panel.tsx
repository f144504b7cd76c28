import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '@/i18n';
import { CloseIcon } from '@/components/icons';
import { IconButton } from '@/components/icon-button';
import { paths } from '@/lib/paths';
import { useOrder } from '../api/get-order';
import { OrderActionBar } from './actions/order-action-bar';
import { OrderLoadProblem } from './detail/order-load-problem';
import { OrderView } from './detail/order-view';
import { OrderStatusBadge } from './status-badge';
import { useOrderFormatting } from '../lib/use-order-formatting';

/**
 * One order in a sheet on the right of the list: the list stays usable beside it (a non-modal
 * dialog). Focus goes to its heading when it opens or shows another order, Escape or the close
 * button closes it, and focus goes back where it was.
 */
export function OrderPanel({ orderId, onClose }: { orderId: string; onClose(): void }) {
  const { t } = useTranslation('order-actions');
  const format = useOrderFormatting();
  const order = useOrder(orderId);
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const opener = document.activeElement;
    return () => {
      // The panel is gone, so focus in it fell to the body: give it back to what opened the panel.
      // Someone who clicked elsewhere meanwhile keeps their place.
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    heading.current?.focus();
  }, [orderId]);

  useEffect(() => {
    function closeOnEscape(event: KeyboardEvent) {
      // Only from inside the panel: dialogs opened from it render elsewhere and handle their own.
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (!(event.target instanceof Node) || !panel.current?.contains(event.target)) return;
      event.preventDefault();
      onClose();
    }
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [onClose]);

  const data = order.data;
  return (
    <aside
      ref={panel}
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      className="fixed top-12 right-0 bottom-0 z-30 flex w-[min(560px,100vw)] flex-col border-l border-slate-200 bg-slate-50 shadow-xl"
    >
      <header className="flex flex-col gap-2 border-b border-slate-200 bg-white px-4 py-3">
        <div className="flex items-start justify-between gap-3">
          <div className="flex min-w-0 flex-wrap items-center gap-2">
            <h2
              id={headingId}
              ref={heading}
              tabIndex={-1}
              className="truncate text-base font-semibold text-slate-900 tabular-nums focus:outline-none focus-visible:outline-2 focus-visible:outline-accent-600"
            >
              {data?.number ?? t('panel.title')}
            </h2>
            {data && <OrderStatusBadge status={data.status} />}
          </div>
          <div className="flex shrink-0 items-center gap-1">
            <Link
              to={paths.order(orderId)}
              className="rounded px-2 py-1 text-sm text-accent-700 hover:bg-accent-50 focus-visible:outline-2 focus-visible:outline-accent-600"
            >
              {t('panel.openFullPage')}
            </Link>
            <IconButton label={t('panel.close')} icon={<CloseIcon />} size="sm" onClick={onClose} />
          </div>
        </div>
        {data && (
          <>
            <p className="text-xs text-slate-600">
              {data.storeName} ·{' '}
              {t('orders:detail.placedAt', { time: format.dateTime(data.placedAt, data.timeZone) })}
            </p>
            <OrderActionBar order={data} />
          </>
        )}
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto p-4">
        {data ? <OrderView order={data} layout="pane" /> : <OrderLoadProblem query={order} />}
      </div>
    </aside>
  );
}
