import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import type { OrderSummary } from '@/api/contract/orders';
import { useRuntimeConfig } from '@/api/runtime-context';
import { createDataColumnHelper, FirstItemCell, TimeCell, TwoLineCell } from '@/components/table';
import { formatDateTime, formatMoney, formatNumber } from '@/lib/format';
import { OrderNumberCell } from './order-number-cell';

const column = createDataColumnHelper<OrderSummary>();

/**
 * Columns of the shipping queue. Order numbers link to the order only for roles that may open
 * orders; `actions` renders a last column of per-row actions when given.
 */
export function useQueueColumns(
  canOpenOrders: boolean,
  actions?: (order: OrderSummary) => ReactNode,
) {
  const { t, i18n } = useTranslation('shipping');
  const { timeZone } = useRuntimeConfig();
  const locale = i18n.language;

  return useMemo(
    () =>
      column.columns([
        column.accessor('number', {
          header: t('columns.number'),
          enableSorting: false,
          meta: { nowrap: true },
          cell: (info) => (
            <OrderNumberCell
              orderId={info.row.original.id}
              number={info.getValue()}
              canOpen={canOpenOrders}
            />
          ),
        }),
        column.accessor('placedAt', {
          header: t('columns.placedAt'),
          meta: { nowrap: true },
          cell: (info) => (
            <TimeCell dateTime={info.getValue()}>
              {formatDateTime(info.getValue(), info.row.original.timeZone || timeZone, locale)}
            </TimeCell>
          ),
        }),
        column.accessor('storeName', {
          header: t('columns.store'),
          enableSorting: false,
          meta: { nowrap: true },
        }),
        column.accessor('customerName', {
          header: t('columns.recipient'),
          enableSorting: false,
          cell: (info) => (
            <TwoLineCell primary={info.getValue()} secondary={info.row.original.customerPhone} />
          ),
        }),
        column.accessor('firstItemName', {
          header: t('columns.items'),
          enableSorting: false,
          cell: (info) => {
            const more = info.row.original.lineCount - 1;
            return (
              <FirstItemCell
                name={info.getValue()}
                more={more}
                moreText={`+${formatNumber(more, locale)}`}
                moreLabel={t('moreItems', { n: more })}
              />
            );
          },
        }),
        column.accessor('quantity', {
          header: t('columns.quantity'),
          enableSorting: false,
          meta: { align: 'end' },
          cell: (info) => formatNumber(info.getValue(), locale),
        }),
        column.accessor('total', {
          header: t('columns.total'),
          meta: { align: 'end', nowrap: true },
          cell: (info) => formatMoney(info.getValue().amount, locale, info.getValue().currency),
        }),
        column.accessor('carrier', {
          header: t('columns.carrier'),
          enableSorting: false,
          meta: { nowrap: true },
          cell: (info) => {
            const carrier = info.getValue();
            return carrier ? (
              t(`carrier.${carrier}`)
            ) : (
              <span className="text-slate-400">{t('noCarrier')}</span>
            );
          },
        }),
        ...(actions
          ? [
              column.display({
                id: 'actions',
                header: () => <span className="sr-only">{t('columns.actions')}</span>,
                meta: { align: 'end', nowrap: true },
                cell: (info) => actions(info.row.original),
              }),
            ]
          : []),
      ]),
    [t, locale, timeZone, canOpenOrders, actions],
  );
}
