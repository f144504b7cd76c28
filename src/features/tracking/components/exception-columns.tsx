import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '@/i18n';
import type { ExceptionItem } from '@/api/contract/tracking';
import type { ResolutionAction } from '@/domain/shipment/resolution';
import { createDataColumnHelper, TimeCell, TwoLineCell } from '@/components/table';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { ExceptionRowActions } from './exception-row-actions';
import { ReasonBadges } from './reason-badges';
import { WaitedCell } from './waited-cell';

const column = createDataColumnHelper<ExceptionItem>();

/** The sortable column: how long each parcel has waited. */
export const WAITED_COLUMN = 'waited';

/**
 * The queue's columns. Times read in each order's store time zone; "waited" counts from `now`, so
 * every row of one render measures from the same moment.
 */
export function useExceptionColumns(
  now: number,
  actionsFor: (item: ExceptionItem) => ResolutionAction[],
  onAction: (item: ExceptionItem, action: ResolutionAction) => void,
) {
  const { t, i18n } = useTranslation(['tracking', 'tracking-events']);
  const locale = i18n.language;

  return useMemo(
    () =>
      column.columns([
        column.accessor('orderNumber', {
          header: t('columns.order'),
          enableSorting: false,
          meta: { nowrap: true },
          cell: (info) => (
            <Link
              to={paths.order(info.row.original.orderId)}
              className="font-medium text-accent-700 tabular-nums hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
            >
              {info.getValue()}
            </Link>
          ),
        }),
        column.accessor('customerName', {
          header: t('columns.customer'),
          enableSorting: false,
          meta: { nowrap: true },
        }),
        column.accessor('storeName', {
          header: t('columns.store'),
          enableSorting: false,
          meta: { nowrap: true },
        }),
        column.accessor('waybill', {
          header: t('columns.parcel'),
          enableSorting: false,
          meta: { nowrap: true },
          cell: (info) => (
            <TwoLineCell
              primary={t(`tracking-events:carrier.${info.row.original.carrier}`)}
              secondary={info.getValue()}
            />
          ),
        }),
        column.accessor('kinds', {
          header: t('columns.reasons'),
          enableSorting: false,
          cell: (info) => <ReasonBadges item={info.row.original} />,
        }),
        column.accessor('lastEvent', {
          header: t('columns.lastEvent'),
          enableSorting: false,
          meta: { width: '15rem' },
          cell: (info) => {
            const event = info.getValue();
            if (!event) return <span className="text-slate-500">{t('noEvents')}</span>;
            return (
              <TwoLineCell
                primary={t(`tracking-events:code.${event.code}`, { place: event.place })}
                secondary={formatDateTime(event.at, info.row.original.timeZone, locale)}
              />
            );
          },
        }),
        column.accessor('eta', {
          header: t('columns.eta'),
          enableSorting: false,
          meta: { nowrap: true },
          cell: (info) => (
            <TimeCell dateTime={info.getValue()}>
              {formatDateTime(info.getValue(), info.row.original.timeZone, locale, 'date')}
            </TimeCell>
          ),
        }),
        column.accessor('waitingSince', {
          id: WAITED_COLUMN,
          header: t('columns.waited'),
          sortDescFirst: true,
          meta: { nowrap: true, align: 'end' },
          cell: (info) => (
            <WaitedCell
              since={info.getValue()}
              now={now}
              title={formatDateTime(info.getValue(), info.row.original.timeZone, locale)}
            />
          ),
        }),
        column.display({
          id: 'actions',
          header: t('columns.actions'),
          // Not `nowrap`: that clips the cell, and with it the menu that opens out of it.
          meta: { width: '6rem' },
          cell: (info) => (
            <ExceptionRowActions
              item={info.row.original}
              actions={actionsFor(info.row.original)}
              onAction={onAction}
            />
          ),
        }),
      ]),
    [t, locale, now, actionsFor, onAction],
  );
}
