import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import type { StockLevel } from '@/api/contract/inventory';
import type { Location } from '@/api/contract/reference';
import { createDataColumnHelper } from '@/components/table';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';
import { formatOneDecimal } from '../lib/stock-format';
import type { StockPermissions } from '../lib/stock-permissions';
import { StockRowActions, type StockAction } from './stock-row-actions';
import { StockStatusBadge } from './stock-status-badge';

const column = createDataColumnHelper<StockLevel>();

/** Cover shorter than the target is the first sign of a coming shortage; none left is worse. */
function coverTone(row: StockLevel): string {
  if (row.daysOfCover === null) return 'text-slate-500';
  if (row.daysOfCover <= 0) return 'font-medium text-red-700';
  if (row.daysOfCover < row.targetCoverDays) return 'font-medium text-amber-800';
  return '';
}

export interface StockColumnsOptions {
  locationsById: ReadonlyMap<string, Location>;
  permissionsOf: (row: StockLevel) => StockPermissions;
  onAction: (action: StockAction, row: StockLevel) => void;
}

/** Column ids are the server's sort keys, so a header click sorts by what it shows. */
export function useStockColumns({ locationsById, permissionsOf, onAction }: StockColumnsOptions) {
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
          id: 'location',
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
                    : row.available < row.reorderPoint
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
        column.accessor('velocity', {
          header: t('columns.velocity'),
          meta: { align: 'end' },
          cell: (info) => formatOneDecimal(info.getValue(), locale),
        }),
        column.accessor('daysOfCover', {
          header: t('columns.daysOfCover'),
          meta: { align: 'end' },
          cell: (info) => {
            const days = info.getValue();
            const row = info.row.original;
            return (
              <span className={coverTone(row)}>
                {days === null ? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{t('noSales')}</span>
                  </>
                ) : (
                  formatOneDecimal(days, locale)
                )}
              </span>
            );
          },
        }),
        column.accessor('targetCoverDays', {
          header: t('columns.targetCoverDays'),
          meta: { align: 'end' },
          enableSorting: false,
          cell: (info) => formatNumber(info.getValue(), locale),
        }),
        column.accessor('status', {
          header: t('columns.status'),
          cell: (info) => <StockStatusBadge status={info.getValue()} />,
        }),
        column.display({
          id: 'actions',
          header: () => <span className="sr-only">{t('columns.actions')}</span>,
          meta: { align: 'end' },
          cell: (info) => {
            const row = info.row.original;
            return (
              <StockRowActions
                row={row}
                locationName={locationsById.get(row.locationId)?.name ?? row.locationId}
                permissions={permissionsOf(row)}
                onAction={onAction}
              />
            );
          },
        }),
      ]),
    [t, locale, locationsById, permissionsOf, onAction],
  );
}
