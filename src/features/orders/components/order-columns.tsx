import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import type { OrderSummary } from '@/api/contract/orders';
import type { Tag } from '@/api/contract/reference';
import { createDataColumnHelper } from '@/components/table';
import { useOrderFormatting } from '../lib/use-order-formatting';
import { OrderLink } from './order-link';
import { OrderStatusBadge } from './status-badge';
import { TagList } from './tag-list';

const column = createDataColumnHelper<OrderSummary>();

/** The order list's columns; "placedAt", "total" and "status" are the ids the server sorts by. */
export function useOrderColumns(tagsById: ReadonlyMap<string, Tag>) {
  const { t } = useTranslation('orders');
  const format = useOrderFormatting();

  return useMemo(
    () =>
      column.columns([
        column.accessor('number', {
          header: t('columns.number'),
          enableSorting: false,
          meta: { nowrap: true },
          cell: (info) => <OrderLink orderId={info.row.original.id}>{info.getValue()}</OrderLink>,
        }),
        column.accessor('placedAt', {
          header: t('columns.placedAt'),
          sortDescFirst: true,
          meta: { nowrap: true },
          cell: (info) => (
            <time dateTime={info.getValue()} className="tabular-nums">
              {format.dateTime(info.getValue(), info.row.original.timeZone)}
            </time>
          ),
        }),
        column.accessor('storeName', {
          header: t('columns.store'),
          enableSorting: false,
          meta: { nowrap: true },
        }),
        column.accessor('customerName', {
          header: t('columns.customer'),
          enableSorting: false,
          cell: (info) => (
            <span className="flex flex-col leading-tight">
              <span>{info.getValue()}</span>
              <span className="text-xs text-slate-500 tabular-nums">
                {info.row.original.customerPhone}
              </span>
            </span>
          ),
        }),
        column.accessor('firstItemName', {
          header: t('columns.items'),
          enableSorting: false,
          meta: { width: '16rem' },
          cell: (info) => {
            const more = info.row.original.lineCount - 1;
            return (
              <span className="flex items-center gap-1.5">
                <span className="max-w-[14rem] truncate" title={info.getValue()}>
                  {info.getValue()}
                </span>
                {more > 0 && (
                  <span className="shrink-0 text-xs text-slate-500">
                    <span aria-hidden="true">{t('list.moreItems', { n: more })}</span>
                    <span className="sr-only">{t('list.moreItemsLabel', { n: more })}</span>
                  </span>
                )}
              </span>
            );
          },
        }),
        column.accessor('quantity', {
          header: t('columns.quantity'),
          enableSorting: false,
          meta: { align: 'end' },
          cell: (info) => format.number(info.getValue()),
        }),
        column.accessor('total', {
          header: t('columns.total'),
          sortDescFirst: true,
          meta: { align: 'end', nowrap: true },
          cell: (info) => format.money(info.getValue()),
        }),
        column.accessor('status', {
          header: t('columns.status'),
          cell: (info) => <OrderStatusBadge status={info.getValue()} />,
        }),
        column.accessor('tagIds', {
          header: t('columns.tags'),
          enableSorting: false,
          cell: (info) => <TagList tagIds={info.getValue()} tagsById={tagsById} />,
        }),
        column.accessor('waybill', {
          id: 'shipping',
          header: t('columns.shipping'),
          enableSorting: false,
          meta: { nowrap: true },
          cell: (info) => {
            const { carrier } = info.row.original;
            if (!carrier) return <span className="text-slate-400">{t('list.noWaybill')}</span>;
            return (
              <span className="flex flex-col leading-tight">
                <span>{t(`carrier.${carrier}`)}</span>
                {info.getValue() && (
                  <span className="text-xs text-slate-500 tabular-nums">{info.getValue()}</span>
                )}
              </span>
            );
          },
        }),
      ]),
    [t, format, tagsById],
  );
}
