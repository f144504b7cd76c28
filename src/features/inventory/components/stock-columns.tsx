import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import type { Location, StockLevel } from '@/api/contract/reference';
import { createDataColumnHelper } from '@/components/table';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';
import { StockStatusBadge } from './stock-status-badge';

const column = createDataColumnHelper<StockLevel>();

export function useStockColumns(locationsById: ReadonlyMap<string, Location>) {
  const { t, i18n } = useTranslation('inventory');
  const locale = i18n.language;

  return useMemo(
    () =>
      column.columns([
        column.accessor('sku', {
          header: t('columns.sku'),
          meta: { nowrap: true },
          cell: (info) => <span className="font-mono text-xs">{info.getValue()}</span>,
        }),
        column.accessor('productName', { header: t('columns.product'), meta: { nowrap: true } }),
        column.accessor('category', { header: t('columns.category'), meta: { nowrap: true } }),
        column.accessor('locationId', {
          header: t('columns.location'),
          meta: { nowrap: true },
          cell: (info) => locationsById.get(info.getValue())?.name ?? info.getValue(),
        }),
        column.accessor('onHand', {
          header: t('columns.onHand'),
          meta: { align: 'end' },
          cell: (info) => formatNumber(info.getValue(), locale),
        }),
        column.accessor('reserved', {
          header: t('columns.reserved'),
          meta: { align: 'end' },
          cell: (info) => formatNumber(info.getValue(), locale),
        }),
        column.accessor('available', {
          header: t('columns.available'),
          meta: { align: 'end' },
          cell: (info) => {
            const row = info.row.original;
            return (
              <span
                className={cn(
                  'font-medium',
                  row.available <= 0
                    ? 'text-red-700'
                    : row.available <= row.reorderPoint
                      ? 'text-amber-800'
                      : '',
                )}
              >
                {formatNumber(info.getValue(), locale)}
              </span>
            );
          },
        }),
        column.accessor('reorderPoint', {
          header: t('columns.reorderPoint'),
          meta: { align: 'end' },
          cell: (info) => formatNumber(info.getValue(), locale),
        }),
        column.accessor('status', {
          header: t('columns.status'),
          cell: (info) => <StockStatusBadge status={info.getValue()} />,
        }),
      ]),
    [t, locale, locationsById],
  );
}
