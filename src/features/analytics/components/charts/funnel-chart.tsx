import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalyticsQuery, Funnel } from '@/api/contract/analytics';
import { useFunnel } from '../../api/get-funnel';
import type { ChartTableModel } from '../../lib/chart-csv';
import { ordersLinkFor } from '../../lib/drill-down';
import { ChartCard } from './chart-card';
import { chartStatus } from './chart-status';
import { AXIS_TICK, CHART_COLORS, CHART_HEIGHT } from './chart-theme';
import { activeDatum, TooltipBox } from './chart-tooltip';
import { useChartFormat, type ChartFormat, ordersCell } from './use-chart-format';
import { niceAxis } from '../../lib/nice-axis';
import { useSettledQuery } from './use-settled-query';

interface StepDatum {
  id: string;
  name: string;
  orders: number;
  /** Share of the placed orders that got this far. */
  conversion: number;
  /** The bar's end label: count and conversion. */
  label: string;
  href: string;
}

function funnelData(funnel: Funnel, query: AnalyticsQuery, format: ChartFormat): StepDatum[] {
  const placed = funnel.steps[0]?.orders ?? 0;
  return funnel.steps.map((step) => {
    const conversion = placed > 0 ? step.orders / placed : 0;
    return {
      id: step.stage,
      name: format.t(`stage.${step.stage}`),
      orders: step.orders,
      conversion,
      label: `${format.count(step.orders)} · ${format.percent(conversion)}`,
      href: ordersLinkFor(query, { reached: step.stage }),
    };
  });
}

function funnelTable(data: readonly StepDatum[], format: ChartFormat): ChartTableModel {
  const { t } = format;
  return {
    columns: [
      { key: 'stage', header: t('column.stage') },
      { key: 'orders', header: t('column.orders'), align: 'end' },
      { key: 'conversion', header: t('column.conversion'), align: 'end' },
    ],
    rows: data.map((datum) => ({
      id: datum.id,
      cells: [
        { text: datum.name },
        ordersCell(format, datum),
        { text: format.percent(datum.conversion) },
      ],
    })),
  };
}

/** How many of the period's orders reached each step, and the conversion from placed. */
export function FunnelChart({ query }: { query: AnalyticsQuery }) {
  const format = useChartFormat();
  const { t } = format;
  const navigate = useNavigate();
  const result = useFunnel(query);
  const settled = useSettledQuery(query, result.isPlaceholderData);
  const data = useMemo(
    () => (result.data ? funnelData(result.data, settled, format) : undefined),
    [result.data, settled, format],
  );
  const table = useMemo(() => (data ? funnelTable(data, format) : undefined), [data, format]);

  const chart = useMemo(() => {
    const countAxis = niceAxis(Math.max(0, ...(data ?? []).map((step) => step.orders)), 5, true);
    return (
      <BarChart
        data={data ?? []}
        layout="vertical"
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 8, right: 112, bottom: 4, left: 8 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
        <XAxis
          type="number"
          domain={countAxis.domain}
          ticks={countAxis.ticks}
          niceTicks="none"
          interval={0}
          tickFormatter={format.countTick}
          tick={AXIS_TICK}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={64}
          interval={0}
          tick={AXIS_TICK}
          tickLine={false}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: '#f1f5f9' }}
          content={({ active, payload }) => {
            const datum = activeDatum<StepDatum>(active, payload);
            return datum ? (
              <TooltipBox
                title={datum.name}
                lines={[
                  {
                    name: t('column.orders'),
                    value: format.count(datum.orders),
                    color: CHART_COLORS.gmv,
                  },
                  { name: t('column.conversion'), value: format.percent(datum.conversion) },
                ]}
              />
            ) : null;
          }}
        />
        <Bar
          dataKey="orders"
          name={t('column.orders')}
          fill={CHART_COLORS.gmv}
          maxBarSize={28}
          radius={[0, 3, 3, 0]}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(_, index) => {
            const datum = data?.[index];
            if (datum) void navigate(datum.href);
          }}
        >
          <LabelList dataKey="label" position="right" fontSize={12} fill={CHART_COLORS.axis} />
        </Bar>
      </BarChart>
    );
  }, [data, format, navigate, t]);
  return (
    <ChartCard
      title={t('chart.funnel.title')}
      description={t('chart.funnel.description', { from: query.from, to: query.to })}
      status={chartStatus(result, (funnel) => (funnel.steps[0]?.orders ?? 0) === 0)}
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
