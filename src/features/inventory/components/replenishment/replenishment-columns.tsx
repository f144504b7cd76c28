import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import type { ReplenishmentLine, TransferSuggestion } from '@/api/contract/inventory';
import { createDataColumnHelper } from '@/components/table';
import { formatNumber } from '@/lib/format';
import type { ReviewStore } from '../../lib/replenishment-review';
import { OrderQuantityCell } from './order-quantity-cell';

const column = createDataColumnHelper<ReplenishmentLine>();

/** "从 广州白云仓 调 40 件" over "（其可用 600，覆盖 95 天）": one sentence, read as one. */
function TransferText({ transfer }: { transfer: TransferSuggestion }) {
  const { t, i18n } = useTranslation('replenishment');
  const locale = i18n.language;
  const available = formatNumber(transfer.fromAvailable, locale);
  return (
    <span className="flex flex-col leading-tight">
      <span className="break-keep text-slate-900">
        {t('cells.transferMove', {
          from: transfer.fromLocationName,
          quantity: formatNumber(transfer.quantity, locale),
        })}
      </span>
      <span className="text-xs break-keep text-slate-500">
        {transfer.fromDaysOfCover === null
          ? t('cells.transferDonorNoSales', { available })
          : t('cells.transferDonor', {
              available,
              days: formatNumber(transfer.fromDaysOfCover, locale, 1),
            })}
      </span>
    </span>
  );
}

/** The replenishment list's columns; the quantity to order reads the review from `review`. */
export function useReplenishmentColumns(review: ReviewStore) {
  const { t, i18n } = useTranslation('replenishment');
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
        column.accessor('locationName', { header: t('columns.location'), meta: { nowrap: true } }),
        column.accessor('available', {
          header: t('columns.available'),
          meta: { align: 'end', nowrap: true },
          cell: (info) => {
            const line = info.row.original;
            return (
              <span className={line.available <= 0 ? 'text-red-700' : 'text-amber-800'}>
                {t('cells.available', {
                  available: formatNumber(line.available, locale),
                  reorderPoint: formatNumber(line.reorderPoint, locale),
                })}
              </span>
            );
          },
        }),
        column.accessor('velocity', {
          header: t('columns.velocity'),
          meta: { align: 'end', nowrap: true },
          cell: (info) => t('cells.velocity', { n: formatNumber(info.getValue(), locale, 2) }),
        }),
        column.accessor('daysOfCover', {
          header: t('columns.cover'),
          meta: { align: 'end', nowrap: true },
          cell: (info) => {
            const { daysOfCover, targetCoverDays } = info.row.original;
            const target = formatNumber(targetCoverDays, locale);
            return daysOfCover === null
              ? t('cells.coverNoSales', { target })
              : t('cells.cover', { days: formatNumber(daysOfCover, locale, 1), target });
          },
        }),
        column.accessor('suggestedQuantity', {
          header: t('columns.suggested'),
          meta: { align: 'end' },
          cell: (info) => (
            <span className="font-semibold text-slate-900">
              {formatNumber(info.getValue(), locale)}
            </span>
          ),
        }),
        column.display({
          id: 'orderQuantity',
          header: t('columns.orderQuantity'),
          meta: { align: 'end', width: '6.5rem' },
          cell: (info) => <OrderQuantityCell review={review} line={info.row.original} />,
        }),
        column.accessor('transfer', {
          header: t('columns.transfer'),
          cell: (info) => {
            const transfer = info.getValue();
            return transfer ? <TransferText transfer={transfer} /> : null;
          },
        }),
      ]),
    [t, locale, review],
  );
}
