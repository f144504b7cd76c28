import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Legend, Pie, PieChart, Tooltip } from 'recharts';
import type { AnalyticsQuery } from '@/api/contract/analytics';
import { useBreakdown } from '../../api/get-breakdown';
import type { ChartTableModel } from '../../lib/chart-csv';
import { ordersLinkFor } from '../../lib/drill-down';
import { ChartCard } from './chart-card';
import { chartStatus } from './chart-status';
import { CHART_HEIGHT, paletteColor } from './chart-theme';
import { activeDatum, TooltipBox } from './chart-tooltip';
import { useChartFormat, type ChartFormat, ordersCell } from './use-chart-format';
import { useSettledQuery } from './use-settled-query';

interface CategoryDatum {
  id: string;
  name: string;
  gmv: number;
  share: number;
  orders: number;
  /** Recharts colours each sector from its datum. */
  fill: string;
  href: string;
}

function categoryTable(data: readonly CategoryDatum[], format: ChartFormat): ChartTableModel {
  const { t } = format;
  return {
    columns: [
      { key: 'category', header: t('column.category') },
      { key: 'gmv', header: t('column.gmv'), align: 'end' },
      { key: 'share', header: t('column.share'), align: 'end' },
      { key: 'orders', header: t('column.orders'), align: 'end' },
    ],
    rows: data.map((datum) => ({
      id: datum.id,
      cells: [
        { text: datum.name },
        { text: format.money(datum.gmv) },
        { text: format.percent(datum.share) },
        ordersCell(format, datum),
      ],
    })),
  };
}

/** Each category's share of GMV as a donut; orders count under the order's primary category. */
export function CategoryChart({ query }: { query: AnalyticsQuery }) {
  const format = useChartFormat();
  const { t } = format;
  const navigate = useNavigate();
  const result = useBreakdown(
    useMemo(() => ({ ...query, dimension: 'category' as const }), [query]),
  );

  const settled = useSettledQuery(query, result.isPlaceholderData);
  const data = useMemo(() => {
    if (!result.data) return undefined;
    const total = result.data.rows.reduce((sum, row) => sum + row.gmv.amount, 0);
    return [...result.data.rows]
      .sort((a, b) => b.gmv.amount - a.gmv.amount || b.orders - a.orders)
      .map((row, index): CategoryDatum => ({
        id: row.key,
        name: row.label,
        gmv: row.gmv.amount,
        share: total > 0 ? row.gmv.amount / total : 0,
        orders: row.orders,
        fill: paletteColor(index),
        href: ordersLinkFor(settled, { category: row.key }),
      }));
  }, [result.data, settled]);
  const table = useMemo(() => (data ? categoryTable(data, format) : undefined), [data, format]);

  const chart = useMemo(
    () => (
      <PieChart responsive style={{ width: '100%', height: '100%' }}>
        <Pie
          data={data ?? []}
          dataKey="gmv"
          nameKey="name"
          innerRadius="55%"
          outerRadius="85%"
          paddingAngle={1}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(_, index) => {
            const datum = data?.[index];
            if (datum) void navigate(datum.href);
          }}
        />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => {
            const datum = activeDatum<CategoryDatum>(active, payload);
            return datum ? (
              <TooltipBox
                title={datum.name}
                lines={[
                  { name: t('column.gmv'), value: format.money(datum.gmv), color: datum.fill },
                  { name: t('column.share'), value: format.percent(datum.share) },
                  { name: t('column.orders'), value: format.count(datum.orders) },
                ]}
              />
            ) : null;
          }}
        />
        <Legend
          layout="vertical"
          align="right"
          verticalAlign="middle"
          wrapperStyle={{ fontSize: 12 }}
        />
      </PieChart>
    ),
    [data, format, navigate, t],
  );
  return (
    <ChartCard
      title={t('chart.category.title')}
      description={t('chart.category.description', { from: query.from, to: query.to })}
      status={chartStatus(result, (breakdown) => breakdown.rows.length === 0)}
      error={result.error}
      onRetry={() => void result.refetch()}
      updating={result.isPlaceholderData}
      table={table}
      period={query}
      chartHeight={CHART_HEIGHT}
    >
      {chart}
    </ChartCard>
  );
}
