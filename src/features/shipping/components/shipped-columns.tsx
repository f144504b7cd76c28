import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import type { OrderSummary } from '@/api/contract/orders';
import { useRuntimeConfig } from '@/api/runtime-context';
import { createDataColumnHelper, TimeCell, TwoLineCell } from '@/components/table';
import { formatDateTime, formatNumber } from '@/lib/format';
import { OrderNumberCell } from './order-number-cell';

const column = createDataColumnHelper<OrderSummary>();

/** Columns of the shipped list: the order, who it went to, and the carrier and waybill it left with. */
export function useShippedColumns(
  canOpenOrders: boolean,
  actions: ((order: OrderSummary) => ReactNode) | null,
) {
  const { t, i18n } = useTranslation('shipping');
  const { timeZone } = useRuntimeConfig();
  const locale = i18n.language;

  return useMemo(
    () =>
      column.columns([
        column.accessor('number', {
          header: t('columns.number'),
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
        column.accessor('storeName', { header: t('columns.store'), meta: { nowrap: true } }),
        column.accessor('customerName', {
          header: t('columns.recipient'),
          cell: (info) => (
            <TwoLineCell primary={info.getValue()} secondary={info.row.original.customerPhone} />
          ),
        }),
        column.accessor('quantity', {
          header: t('columns.quantity'),
          meta: { align: 'end' },
          cell: (info) => formatNumber(info.getValue(), locale),
        }),
        column.accessor('carrier', {
          header: t('columns.carrier'),
          meta: { nowrap: true },
          cell: (info) => {
            const carrier = info.getValue();
            return carrier ? t(`carrier.${carrier}`) : '';
          },
        }),
        column.accessor('waybill', {
          header: t('columns.waybill'),
          meta: { nowrap: true },
          cell: (info) => <span className="font-mono text-xs">{info.getValue()}</span>,
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
