import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import type { StockAlert } from '@/api/contract/inventory';
import { createDataColumnHelper, TimeCell, TwoLineCell } from '@/components/table';
import { formatDateTime, formatNumber } from '@/lib/format';
import { AlertLevelBadge } from './alert-level-badge';
import { AlertRowActions } from './alert-row-actions';
import { AlertStateCell } from './alert-state-cell';

const column = createDataColumnHelper<StockAlert>();

/** The alert list's columns; times read in each alert's own location's time zone. */
export function useAlertColumns(
  timeZoneOf: (locationId: string) => string,
  onSnooze: (alert: StockAlert) => void,
) {
  const { t, i18n } = useTranslation(['stock-alerts', 'inventory']);
  const locale = i18n.language;

  return useMemo(
    () =>
      column.columns([
        column.accessor('level', {
          header: t('columns.level'),
          cell: (info) => <AlertLevelBadge level={info.getValue()} />,
        }),
        column.accessor('sku', {
          header: t('inventory:columns.sku'),
          meta: { nowrap: true },
          cell: (info) => <span className="font-mono text-xs">{info.getValue()}</span>,
        }),
        column.accessor('productName', {
          header: `${t('inventory:columns.product')} / ${t('inventory:columns.category')}`,
          cell: (info) => (
            <TwoLineCell primary={info.getValue()} secondary={info.row.original.category} />
          ),
        }),
        column.accessor('locationName', {
          header: t('inventory:columns.location'),
          meta: { nowrap: true },
        }),
        column.accessor('available', {
          header: t('columns.availableOfReorder'),
          meta: { align: 'end', nowrap: true },
          cell: (info) => {
            const alert = info.row.original;
            return (
              <span className="tabular-nums">
                <span
                  className={
                    alert.available <= 0 ? 'font-medium text-red-700' : 'font-medium text-amber-800'
                  }
                >
                  {formatNumber(alert.available, locale)}
                </span>
                <span className="text-slate-500">
                  {' '}
                  / {formatNumber(alert.reorderPoint, locale)}
                </span>
              </span>
            );
          },
        }),
        column.accessor('levelChangedAt', {
          header: t('columns.raised'),
          meta: { nowrap: true },
          cell: (info) => (
            <TimeCell dateTime={info.getValue()}>
              {formatDateTime(info.getValue(), timeZoneOf(info.row.original.locationId), locale)}
            </TimeCell>
          ),
        }),
        column.accessor('state', {
          header: t('columns.state'),
          cell: (info) => (
            <AlertStateCell
              alert={info.row.original}
              timeZone={timeZoneOf(info.row.original.locationId)}
            />
          ),
        }),
        column.display({
          id: 'actions',
          header: t('columns.actions'),
          meta: { nowrap: true },
          cell: (info) => (
            <AlertRowActions
              alert={info.row.original}
              timeZone={timeZoneOf(info.row.original.locationId)}
              onSnooze={onSnooze}
            />
          ),
        }),
      ]),
    [t, locale, timeZoneOf, onSnooze],
  );
}
