import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { AnalyticsQuery, Breakdown } from '@/api/contract/analytics';
import { REGIONS, type Region } from '@/domain/region';
import { useBreakdown } from '../../api/get-breakdown';
import type { ChartTableModel } from '../../lib/chart-csv';
import { ordersLinkFor, type DrillTarget } from '../../lib/drill-down';
import { ChartCard } from './chart-card';
import { chartStatus } from './chart-status';
import { CHART_HEIGHT, rankedChartHeight } from './chart-theme';
import { SalesBars, type SalesDatum } from './sales-bars';
import { useChartFormat, type ChartFormat, ordersCell } from './use-chart-format';
import { useSettledQuery } from './use-settled-query';

type SalesDimension = 'region' | 'province' | 'store';
type BreakdownRow = Breakdown['rows'][number];

const isRegion = (key: string): key is Region => (REGIONS as readonly string[]).includes(key);

/** How each dimension names its rows and which orders a row stands for. */
const DIMENSIONS: Record<
  SalesDimension,
  {
    layout: 'columns' | 'ranking';
    name: (row: BreakdownRow, format: ChartFormat) => string;
    target: (key: string) => DrillTarget;
  }
> = {
  region: {
    layout: 'columns',
    // The backend's labels are Chinese only; the key is the region.
    name: (row, { t }) => t(`common:region.${row.key}`, { defaultValue: row.label }),
    target: (key) => (isRegion(key) ? { region: key } : {}),
  },
  province: {
    layout: 'ranking',
    name: (row) => row.label,
    target: (key) => ({ province: key }),
  },
  store: {
    layout: 'ranking',
    name: (row) => row.label,
    target: (key) => ({ storeId: key }),
  },
};

interface SalesRow extends SalesDatum {
  href: string;
}

function salesTable(
  rows: readonly SalesRow[],
  dimension: SalesDimension,
  format: ChartFormat,
): ChartTableModel {
  const { t } = format;
  return {
    columns: [
      { key: 'name', header: t(`column.${dimension}`) },
      { key: 'gmv', header: t('column.gmv'), align: 'end' },
      { key: 'orders', header: t('column.orders'), align: 'end' },
    ],
    rows: rows.map((row) => ({
      id: row.id,
      cells: [{ text: row.name }, { text: format.money(row.gmv) }, ordersCell(format, row)],
    })),
  };
}

/** Sales per region, province or store: GMV bars largest first, drilling into the orders. */
function SalesChart({ query, dimension }: { query: AnalyticsQuery; dimension: SalesDimension }) {
  const format = useChartFormat();
  const { t } = format;
  const navigate = useNavigate();
  const spec = DIMENSIONS[dimension];
  const result = useBreakdown(useMemo(() => ({ ...query, dimension }), [query, dimension]));

  const settled = useSettledQuery(query, result.isPlaceholderData);
  const rows = useMemo(
    () =>
      result.data
        ? [...result.data.rows]
            .sort((a, b) => b.gmv.amount - a.gmv.amount || b.orders - a.orders)
            .map((row): SalesRow => ({
              id: row.key,
              name: spec.name(row, format),
              gmv: row.gmv.amount,
              orders: row.orders,
              href: ordersLinkFor(settled, spec.target(row.key)),
            }))
        : undefined,
    [result.data, spec, format, settled],
  );
  const table = useMemo(
    () => (rows ? salesTable(rows, dimension, format) : undefined),
    [rows, dimension, format],
  );
  const height = spec.layout === 'ranking' ? rankedChartHeight(rows?.length ?? 0) : CHART_HEIGHT;

  const chart = useMemo(
    () => (
      <SalesBars
        data={rows ?? []}
        format={format}
        layout={spec.layout}
        onSelect={(row) => void navigate(row.href)}
      />
    ),
    [rows, format, navigate, spec.layout],
  );
  return (
    <ChartCard
      title={t(`chart.${dimension}.title`)}
      description={t(`chart.${dimension}.description`, { from: query.from, to: query.to })}
      status={chartStatus(result, (data) => data.rows.every((row) => row.orders === 0))}
      error={result.error}
      onRetry={() => void result.refetch()}
      updating={result.isPlaceholderData}
      table={table}
      period={query}
      chartHeight={height}
    >
      {chart}
    </ChartCard>
  );
}

export function RegionChart({ query }: { query: AnalyticsQuery }) {
  return <SalesChart query={query} dimension="region" />;
}

export function ProvinceChart({ query }: { query: AnalyticsQuery }) {
  return <SalesChart query={query} dimension="province" />;
}

export function StoreChart({ query }: { query: AnalyticsQuery }) {
  return <SalesChart query={query} dimension="store" />;
}
