import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '@/i18n';
import type { AllocationCandidate } from '@/api/contract/fulfilment';
import { useRuntimeConfig } from '@/api/runtime-context';
import { Badge } from '@/components/badge';
import { Button } from '@/components/button';
import { createDataColumnHelper, FirstItemCell, TimeCell, TwoLineCell } from '@/components/table';
import { formatDateTime, formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { formatWeight, shortageText } from './shortage-text';

const column = createDataColumnHelper<AllocationCandidate>();

/** Shortages beyond this many are summed up as "and N more". */
const SHOWN_SHORTAGES = 2;

interface ColumnOptions {
  /** Order numbers link to the order only for roles that may open orders. */
  canOpenOrders: boolean;
  onChange: (candidate: AllocationCandidate) => void;
}

/** Columns of the allocation list: where each order goes, why, and with which carrier. */
export function useAllocationColumns({ canOpenOrders, onChange }: ColumnOptions) {
  const { t, i18n } = useTranslation('allocation');
  const { timeZone } = useRuntimeConfig();
  const locale = i18n.language;

  return useMemo(
    () =>
      column.columns([
        column.accessor((row) => row.order.number, {
          id: 'number',
          header: t('columns.number'),
          meta: { nowrap: true },
          cell: (info) =>
            canOpenOrders ? (
              <Link
                to={paths.order(info.row.original.order.id)}
                className="font-medium text-accent-700 tabular-nums hover:underline focus-visible:outline-2 focus-visible:outline-accent-600"
              >
                {info.getValue()}
              </Link>
            ) : (
              <span className="font-medium tabular-nums">{info.getValue()}</span>
            ),
        }),
        column.accessor((row) => row.order.storeName, {
          id: 'store',
          header: t('columns.store'),
          meta: { nowrap: true },
        }),
        column.accessor((row) => row.order.placedAt, {
          id: 'placedAt',
          header: t('columns.placedAt'),
          meta: { nowrap: true },
          cell: (info) => {
            const zone = info.row.original.order.timeZone || timeZone;
            return (
              <TimeCell dateTime={info.getValue()}>
                <TwoLineCell
                  primary={formatDateTime(info.getValue(), zone, locale, 'date')}
                  secondary={formatDateTime(info.getValue(), zone, locale, 'time')}
                />
              </TimeCell>
            );
          },
        }),
        column.accessor((row) => row.destination.province, {
          id: 'destination',
          header: t('columns.destination'),
          meta: { nowrap: true },
          cell: (info) => (
            <TwoLineCell primary={info.getValue()} secondary={info.row.original.destination.city} />
          ),
        }),
        column.accessor((row) => row.order.firstItemName, {
          id: 'items',
          header: t('columns.items'),
          cell: (info) => {
            const { lineCount, quantity } = info.row.original.order;
            const more = lineCount - 1;
            return (
              <span className="flex flex-col leading-tight">
                <FirstItemCell
                  name={info.getValue()}
                  more={more}
                  moreText={`+${formatNumber(more, locale)}`}
                  moreLabel={t('moreItems', { n: more })}
                  nameClassName="max-w-[9rem]"
                />
                <span className="text-xs text-slate-500">
                  {t('pieces', { n: formatNumber(quantity, locale) })}
                </span>
              </span>
            );
          },
        }),
        column.accessor('weightGrams', {
          header: t('columns.weight'),
          meta: { align: 'end', nowrap: true },
          cell: (info) => formatWeight(info.getValue(), locale),
        }),
        column.display({
          id: 'suggestion',
          header: t('columns.suggestion'),
          cell: (info) => <SuggestionCell candidate={info.row.original} />,
        }),
        column.display({
          id: 'carrier',
          header: t('columns.carrier'),
          meta: { nowrap: true },
          cell: (info) => {
            const candidate = info.row.original;
            return t(`shipping:carrier.${candidate.suggestion?.carrier ?? candidate.ruleCarrier}`);
          },
        }),
        column.display({
          id: 'actions',
          header: () => <span className="sr-only">{t('columns.actions')}</span>,
          meta: { align: 'end' },
          cell: (info) => (
            <Button
              size="sm"
              variant="ghost"
              aria-haspopup="dialog"
              aria-label={t('change.label', { number: info.row.original.order.number })}
              onClick={() => onChange(info.row.original)}
            >
              {t('change.button')}
            </Button>
          ),
        }),
      ]),
    [t, locale, timeZone, canOpenOrders, onChange],
  );
}

function SuggestionCell({ candidate }: { candidate: AllocationCandidate }) {
  const { t, i18n } = useTranslation('allocation');
  const locale = i18n.language;
  const { suggestion, shortages } = candidate;
  if (suggestion) {
    return (
      <span className="flex items-center gap-1.5 whitespace-nowrap">
        <span>{suggestion.locationName}</span>
        <Badge tone={suggestion.reason === 'most_stock' ? 'neutral' : 'success'}>
          {t(`reason.${suggestion.reason}`)}
        </Badge>
      </span>
    );
  }
  const rest = shortages.length - SHOWN_SHORTAGES;
  return (
    <span className="flex flex-col gap-0.5">
      <span>
        <Badge tone="danger">{t('unfulfillable')}</Badge>
      </span>
      {shortages.slice(0, SHOWN_SHORTAGES).map((shortage) => (
        <span key={shortage.productId} className="text-xs text-red-700">
          {shortageText(t, shortage, locale)}
        </span>
      ))}
      {rest > 0 && (
        <span className="text-xs text-slate-500">
          {t('shortage.more', { n: formatNumber(rest, locale) })}
        </span>
      )}
    </span>
  );
}
