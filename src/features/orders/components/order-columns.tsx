import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import type { OrderSummary } from '@/api/contract/orders';
import type { Tag } from '@/api/contract/reference';
import { createDataColumnHelper, FirstItemCell, TimeCell, TwoLineCell } from '@/components/table';
import { useOrderFormatting } from '../lib/use-order-formatting';
import { OrderLink } from './order-link';
import { OrderStatusBadge } from './status-badge';
import { TagList } from './tag-list';

const column = createDataColumnHelper<OrderSummary>();

/** Every column of the list, in order; "placedAt", "total" and "status" are the ids the server sorts by. */
export const ORDER_COLUMN_IDS = [
  'number',
  'placedAt',
  'store',
  'customer',
  'items',
  'quantity',
  'total',
  'status',
  'tags',
  'shipping',
] as const;
export type OrderColumnId = (typeof ORDER_COLUMN_IDS)[number];

/** The order list's columns without the hidden ones. */
export function useOrderColumns(tagsById: ReadonlyMap<string, Tag>, hidden: readonly string[]) {
  const { t } = useTranslation('orders');
  const format = useOrderFormatting();

  const all = useMemo(
    () =>
      column.columns([
        column.accessor('number', {
          id: 'number',
          header: t('columns.number'),
          enableSorting: false,
          meta: { fixedWidth: '10.5rem', nowrap: true },
          cell: (info) => <OrderLink orderId={info.row.original.id}>{info.getValue()}</OrderLink>,
        }),
        column.accessor('placedAt', {
          id: 'placedAt',
          header: t('columns.placedAt'),
          sortDescFirst: true,
          meta: { fixedWidth: '10rem', nowrap: true },
          cell: (info) => (
            <TimeCell dateTime={info.getValue()}>
              {format.dateTime(info.getValue(), info.row.original.timeZone)}
            </TimeCell>
          ),
        }),
        column.accessor('storeName', {
          id: 'store',
          header: t('columns.store'),
          enableSorting: false,
          meta: { fixedWidth: '9rem', nowrap: true },
        }),
        column.accessor('customerName', {
          id: 'customer',
          header: t('columns.customer'),
          meta: { fixedWidth: '8.5rem' },
          enableSorting: false,
          cell: (info) => (
            <TwoLineCell primary={info.getValue()} secondary={info.row.original.customerPhone} />
          ),
        }),
        column.accessor('firstItemName', {
          id: 'items',
          header: t('columns.items'),
          enableSorting: false,
          meta: { width: '16rem' },
          cell: (info) => {
            const more = info.row.original.lineCount - 1;
            return (
              <FirstItemCell
                name={info.getValue()}
                more={more}
                moreText={t('list.moreItems', { n: more })}
                moreLabel={t('list.moreItemsLabel', { n: more })}
                nameClassName="max-w-[14rem]"
              />
            );
          },
        }),
        column.accessor('quantity', {
          id: 'quantity',
          header: t('columns.quantity'),
          enableSorting: false,
          meta: { fixedWidth: '4.5rem', align: 'end' },
          cell: (info) => format.number(info.getValue()),
        }),
        column.accessor('total', {
          id: 'total',
          header: t('columns.total'),
          sortDescFirst: true,
          meta: { fixedWidth: '7rem', align: 'end', nowrap: true },
          cell: (info) => format.money(info.getValue()),
        }),
        column.accessor('status', {
          id: 'status',
          header: t('columns.status'),
          meta: { fixedWidth: '6rem' },
          cell: (info) => <OrderStatusBadge status={info.getValue()} />,
        }),
        column.accessor('tagIds', {
          id: 'tags',
          header: t('columns.tags'),
          meta: { fixedWidth: '8rem' },
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
            return <TwoLineCell primary={t(`carrier.${carrier}`)} secondary={info.getValue()} />;
          },
        }),
      ]),
    [t, format, tagsById],
  );
  return useMemo(
    () => (hidden.length === 0 ? all : all.filter((def) => !hidden.includes(def.id ?? ''))),
    [all, hidden],
  );
}
