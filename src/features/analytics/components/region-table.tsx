import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import type { Breakdown } from '@/api/contract/analytics';
import { createDataColumnHelper, DataTable, type TableDensity } from '@/components/table';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';

type BreakdownRow = Breakdown['rows'][number];
interface RegionRow extends BreakdownRow {
  share: number;
}

const column = createDataColumnHelper<RegionRow>();
const regionRowId = (row: RegionRow) => row.key;

interface RegionTableProps {
  breakdown: Breakdown | undefined;
  isLoading: boolean;
  isFetching: boolean;
  error?: ReactNode;
  density: TableDensity;
}

/** Orders and GMV per sales region, largest first, with each region's share of GMV. */
export function RegionTable({
  breakdown,
  isLoading,
  isFetching,
  error,
  density,
}: RegionTableProps) {
  const { t, i18n } = useTranslation('analytics');
  const locale = i18n.language;

  const rows = useMemo(() => {
    if (!breakdown) return undefined;
    const totalGmv = breakdown.rows.reduce((sum, row) => sum + row.gmv.amount, 0);
    return [...breakdown.rows]
      .sort((a, b) => b.gmv.amount - a.gmv.amount)
      .map((row) => ({ ...row, share: totalGmv > 0 ? row.gmv.amount / totalGmv : 0 }));
  }, [breakdown]);

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('label', {
          header: t('regions.region'),
          cell: (info) => t(`region.${info.row.original.key}`, { defaultValue: info.getValue() }),
        }),
        column.accessor('orders', {
          header: t('regions.orders'),
          meta: { align: 'end' },
          cell: (info) => formatNumber(info.getValue(), locale),
        }),
        column.accessor('gmv', {
          header: t('regions.gmv'),
          meta: { align: 'end' },
          cell: (info) => formatMoney(info.getValue().amount, locale, info.getValue().currency),
        }),
        column.accessor('share', {
          header: t('regions.share'),
          meta: { align: 'end', width: '12rem' },
          cell: (info) => (
            <span className="inline-flex items-center justify-end gap-2">
              <span
                aria-hidden="true"
                className="h-1.5 w-16 overflow-hidden rounded-full bg-slate-100"
              >
                <span
                  className="block h-full bg-accent-500"
                  style={{ width: `${Math.round(info.getValue() * 100)}%` }}
                />
              </span>
              {formatPercent(info.getValue(), locale)}
            </span>
          ),
        }),
      ]),
    [t, locale],
  );

  return (
    <DataTable
      label={t('regions.title')}
      columns={columns}
      data={rows}
      getRowId={regionRowId}
      density={density}
      isLoading={isLoading}
      isFetching={isFetching}
      error={error}
      empty={t('regions.empty')}
      skeletonRows={7}
    />
  );
}
