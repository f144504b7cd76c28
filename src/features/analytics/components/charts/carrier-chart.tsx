import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalyticsQuery, CarrierPerformance } from '@/api/contract/analytics';
import { useCarriers } from '../../api/get-carriers';
import type { ChartTableModel } from '../../lib/chart-csv';
import { ordersLinkFor } from '../../lib/drill-down';
import { ChartCard } from './chart-card';
import { chartStatus } from './chart-status';
import { AXIS_TICK, CHART_COLORS, rankedChartHeight } from './chart-theme';
import { activeDatum, TooltipBox } from './chart-tooltip';
import { useChartFormat, type ChartFormat } from './use-chart-format';
import { niceAxis } from '../../lib/nice-axis';
import { useSettledQuery } from './use-settled-query';

interface CarrierDatum {
  id: string;
  name: string;
  shipped: number;
  delivered: number;
  averageTransitDays: number | null;
  exceptions: number;
  exceptionRate: number;
  /** The carrier's shipped orders, and those of them with an exception. */
  shippedHref: string;
  exceptionsHref: string;
}

function carrierData(
  performance: CarrierPerformance,
  query: AnalyticsQuery,
  format: ChartFormat,
): CarrierDatum[] {
  return performance.rows.map((row) => ({
    id: row.carrier,
    name: format.t(`carrier.${row.carrier}`),
    shipped: row.shipped,
    delivered: row.delivered,
    averageTransitDays: row.averageTransitDays,
    exceptions: row.exceptions,
    exceptionRate: row.exceptionRate,
    shippedHref: ordersLinkFor(query, { carrier: row.carrier, reached: 'shipped' }),
    exceptionsHref: ordersLinkFor(query, { carrier: row.carrier, exception: true }),
  }));
}

function carrierTable(data: readonly CarrierDatum[], format: ChartFormat): ChartTableModel {
  const { t } = format;
  const link = (key: 'shipped' | 'exceptions', name: string, count: number, href: string) => ({
    text: format.count(count),
    link: { href, label: t(`drill.${key}`, { name, value: format.count(count), count }) },
  });
  return {
    columns: [
      { key: 'carrier', header: t('column.carrier') },
      { key: 'shipped', header: t('column.shipped'), align: 'end' },
      { key: 'delivered', header: t('column.delivered'), align: 'end' },
      { key: 'averageDays', header: t('column.averageDays'), align: 'end' },
      { key: 'exceptions', header: t('column.exceptions'), align: 'end' },
      { key: 'exceptionRate', header: t('column.exceptionRate'), align: 'end' },
    ],
    rows: data.map((datum) => ({
      id: datum.id,
      cells: [
        { text: datum.name },
        link('shipped', datum.name, datum.shipped, datum.shippedHref),
        { text: format.count(datum.delivered) },
        { text: format.days(datum.averageTransitDays) },
        link('exceptions', datum.name, datum.exceptions, datum.exceptionsHref),
        { text: format.percent(datum.exceptionRate) },
      ],
    })),
  };
}

interface MeasureBarsProps {
  caption: string;
  data: readonly CarrierDatum[];
  measure: 'averageTransitDays' | 'exceptionRate';
  color: string;
  tick: (value: number) => string;
  format: ChartFormat;
  onSelect: (datum: CarrierDatum) => void;
}

/** One measure per carrier, as bars lying on their side. */
function MeasureBars({ caption, data, measure, color, tick, format, onSelect }: MeasureBarsProps) {
  const { t } = format;
  // Whole days read better than 0.8 / 1.5 / 2.3; rates are fractions.
  const valueAxis =
    measure === 'averageTransitDays'
      ? niceAxis(Math.max(0, ...data.map((datum) => datum.averageTransitDays ?? 0)), 5, true)
      : niceAxis(Math.max(0, ...data.map((datum) => datum.exceptionRate)), 4);
  return (
    <div className="flex min-w-0 flex-col">
      <p aria-hidden="true" className="text-xs font-medium text-slate-600">
        {caption}
      </p>
      <div className="min-h-0 flex-1">
        <BarChart
          data={[...data]}
          layout="vertical"
          responsive
          style={{ width: '100%', height: '100%' }}
          margin={{ top: 4, right: 12, bottom: 0, left: 4 }}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
          <XAxis
            type="number"
            domain={valueAxis.domain}
            ticks={valueAxis.ticks}
            niceTicks="none"
            interval={0}
            tickFormatter={tick}
            tick={AXIS_TICK}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={84}
            interval={0}
            tick={AXIS_TICK}
            tickLine={false}
          />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: '#f1f5f9' }}
            content={({ active, payload }) => {
              const datum = activeDatum<CarrierDatum>(active, payload);
              return datum ? (
                <TooltipBox
                  title={datum.name}
                  lines={[
                    { name: t('column.shipped'), value: format.count(datum.shipped) },
                    { name: t('column.delivered'), value: format.count(datum.delivered) },
                    {
                      name: t('column.averageDays'),
                      value: format.days(datum.averageTransitDays),
                      color: CHART_COLORS.gmv,
                    },
                    { name: t('column.exceptions'), value: format.count(datum.exceptions) },
                    {
                      name: t('column.exceptionRate'),
                      value: format.percent(datum.exceptionRate),
                      color: CHART_COLORS.warning,
                    },
                  ]}
                />
              ) : null;
            }}
          />
          <Bar
            dataKey={measure}
            name={caption}
            fill={color}
            maxBarSize={16}
            radius={[0, 3, 3, 0]}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(_, index) => {
              const datum = data[index];
              if (datum) onSelect(datum);
            }}
          />
        </BarChart>
      </div>
    </div>
  );
}

/** Average transit days and exception rate per carrier, side by side. */
export function CarrierChart({ query }: { query: AnalyticsQuery }) {
  const format = useChartFormat();
  const { t } = format;
  const navigate = useNavigate();
  const result = useCarriers(query);
  const settled = useSettledQuery(query, result.isPlaceholderData);
  const data = useMemo(
    () => (result.data ? carrierData(result.data, settled, format) : undefined),
    [result.data, settled, format],
  );
  const table = useMemo(() => (data ? carrierTable(data, format) : undefined), [data, format]);

  const chart = useMemo(
    () => (
      <div className="grid h-full gap-4 sm:grid-cols-2">
        <MeasureBars
          caption={t('chart.carriers.averageDays')}
          data={data ?? []}
          measure="averageTransitDays"
          color={CHART_COLORS.gmv}
          tick={(value) => format.days(value)}
          format={format}
          onSelect={(datum) => void navigate(datum.shippedHref)}
        />
        <MeasureBars
          caption={t('chart.carriers.exceptionRate')}
          data={data ?? []}
          measure="exceptionRate"
          color={CHART_COLORS.warning}
          tick={format.percentTick}
          format={format}
          onSelect={(datum) => void navigate(datum.exceptionsHref)}
        />
      </div>
    ),
    [data, format, navigate, t],
  );
  return (
    <ChartCard
      title={t('chart.carriers.title')}
      description={t('chart.carriers.description', { from: query.from, to: query.to })}
      status={chartStatus(result, (performance) => performance.rows.length === 0)}
      error={result.error}
      onRetry={() => void result.refetch()}
      updating={result.isPlaceholderData}
      table={table}
      period={query}
      emptyText={t('card.emptyShipped')}
      chartHeight={rankedChartHeight(data?.length ?? 0) + 20}
    >
      {chart}
    </ChartCard>
  );
}
