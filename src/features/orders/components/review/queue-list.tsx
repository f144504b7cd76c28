import { forwardRef, useEffect, useId } from 'react';
import { useTranslation } from '@/i18n';
import type { OrderSummary } from '@/api/contract/orders';
import { Badge } from '@/components/badge';
import { Button } from '@/components/button';
import { cn } from '@/lib/cn';
import { useOrderFormatting } from '../../lib/use-order-formatting';

interface QueueListProps {
  orders: readonly OrderSummary[];
  selectedId: string;
  onSelect: (orderId: string) => void;
  /** Orders in the queue on the server, loaded or not. */
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

function QueueItem({
  order,
  id,
  selected,
  onSelect,
}: {
  order: OrderSummary;
  id: string;
  selected: boolean;
  onSelect: (orderId: string) => void;
}) {
  const { t } = useTranslation('review');
  const format = useOrderFormatting();
  return (
    // The list itself takes the keys (listbox pattern); a click on an option only selects it.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <li
      id={id}
      role="option"
      aria-selected={selected}
      onClick={() => onSelect(order.id)}
      className={cn(
        'cursor-pointer border-b border-l-2 border-b-slate-100 px-3 py-2 text-sm',
        selected ? 'border-l-accent-600 bg-accent-50' : 'border-l-transparent hover:bg-slate-50',
      )}
    >
      <div className="flex items-baseline justify-between gap-2">
        <span className="font-medium tabular-nums text-slate-900">{order.number}</span>
        <span className="font-medium tabular-nums text-slate-900">{format.money(order.total)}</span>
      </div>
      <div className="mt-0.5 flex items-baseline justify-between gap-2 text-xs text-slate-600">
        <span className="truncate">
          {order.customerName} <span className="tabular-nums">{order.customerPhone}</span>
        </span>
        <time dateTime={order.placedAt} className="shrink-0 tabular-nums">
          {format.dateTime(order.placedAt, order.timeZone)}
        </time>
      </div>
      <div className="mt-0.5 truncate text-xs text-slate-600">{order.storeName}</div>
      {order.riskFlags.length > 0 && (
        <div className="mt-1 flex flex-wrap gap-1">
          <span className="sr-only">{t('list.riskFlags')}</span>
          {order.riskFlags.map((flag) => (
            <Badge key={flag} tone="danger">
              {t(`orders:riskFlag.${flag}`)}
            </Badge>
          ))}
        </div>
      )}
    </li>
  );
}

/**
 * The queue as a listbox: the list holds focus and names its selected option through
 * aria-activedescendant, so j/k and the arrow keys move a selection screen readers follow.
 */
export const QueueList = forwardRef<HTMLUListElement, QueueListProps>(function QueueList(
  { orders, selectedId, onSelect, total, hasMore, loadingMore, onLoadMore },
  ref,
) {
  const { t } = useTranslation('review');
  const format = useOrderFormatting();
  const prefix = useId();
  const optionId = (orderId: string) => `${prefix}-order-${orderId}`;
  const selectedShown = orders.some((order) => order.id === selectedId);

  useEffect(() => {
    if (!selectedId) return;
    document.getElementById(`${prefix}-order-${selectedId}`)?.scrollIntoView({ block: 'nearest' });
  }, [prefix, selectedId]);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <ul
        ref={ref}
        role="listbox"
        tabIndex={0}
        aria-label={t('list.label')}
        aria-activedescendant={selectedShown ? optionId(selectedId) : undefined}
        className="min-h-0 flex-1 overflow-y-auto outline-none focus-visible:ring-2 focus-visible:ring-accent-500 focus-visible:ring-inset"
      >
        {orders.map((order) => (
          <QueueItem
            key={order.id}
            id={optionId(order.id)}
            order={order}
            selected={order.id === selectedId}
            onSelect={onSelect}
          />
        ))}
      </ul>
      <div className="flex items-center justify-between gap-2 border-t border-slate-200 px-3 py-2 text-xs text-slate-600">
        <span>
          {t('list.loaded', {
            loaded: format.number(orders.length),
            total: format.number(total),
          })}
        </span>
        {hasMore && (
          <Button size="sm" variant="secondary" busy={loadingMore} onClick={onLoadMore}>
            {t('list.loadMore')}
          </Button>
        )}
      </div>
    </div>
  );
});
