import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalyticsQuery, ShipLatency } from '@/api/contract/analytics';
import { bucketHours, SHIPPED_WITHIN_HOURS } from '@/domain/analytics/ship-latency';
import { useShipLatency } from '../../api/get-ship-latency';
import type { ChartTableModel } from '../../lib/chart-csv';
import { ordersLinkFor } from '../../lib/drill-down';
import { ChartCard } from './chart-card';
import { chartStatus } from './chart-status';
import { AXIS_TICK, CHART_COLORS, CHART_HEIGHT } from './chart-theme';
import { activeDatum, TooltipBox } from './chart-tooltip';
import { useChartFormat, type ChartFormat, ordersCell } from './use-chart-format';
import { niceAxis } from '../../lib/nice-axis';
import { useSettledQuery } from './use-settled-query';

interface BucketDatum {
  id: string;
  name: string;
  orders: number;
  share: number;
  /** The same count in the series of its side of 24 hours, so the two read apart. */
  within: number | null;
  later: number | null;
  href: string;
}

function latencyData(latency: ShipLatency, query: AnalyticsQuery, format: ChartFormat) {
  return latency.buckets.map((row): BucketDatum => {
    const upper = bucketHours(row.bucket).to;
    const within = upper !== null && upper <= SHIPPED_WITHIN_HOURS;
    return {
      id: row.bucket,
      name: format.t(`bucket.${row.bucket}`),
      orders: row.orders,
      share: latency.shipped > 0 ? row.orders / latency.shipped : 0,
      within: within ? row.orders : null,
      later: within ? null : row.orders,
      href: ordersLinkFor(query, { shipLatency: row.bucket }),
    };
  });
}

function latencyTable(data: readonly BucketDatum[], format: ChartFormat): ChartTableModel {
  const { t } = format;
  return {
    columns: [
      { key: 'bucket', header: t('column.bucket') },
      { key: 'orders', header: t('column.orders'), align: 'end' },
      { key: 'share', header: t('column.shareOfShipped'), align: 'end' },
    ],
    rows: data.map((datum) => ({
      id: datum.id,
      cells: [
        { text: datum.name },
        ordersCell(format, datum),
        { text: format.percent(datum.share) },
      ],
    })),
  };
}

/** How long shipped orders waited from payment to shipment, in the six buckets of hours. */
export function ShipLatencyChart({ query }: { query: AnalyticsQuery }) {
  const format = useChartFormat();
  const { t } = format;
  const navigate = useNavigate();
  const result = useShipLatency(query);
  const settled = useSettledQuery(query, result.isPlaceholderData);
  const data = useMemo(
    () => (result.data ? latencyData(result.data, settled, format) : undefined),
    [result.data, settled, format],
  );
  const table = useMemo(() => (data ? latencyTable(data, format) : undefined), [data, format]);
  const chart = useMemo(() => {
    const open = (index: number) => {
      const datum = data?.[index];
      if (datum) void navigate(datum.href);
    };

    const countAxis = niceAxis(
      Math.max(0, ...(data ?? []).map((bucket) => bucket.orders)),
      5,
      true,
    );
    return (
      <BarChart
        data={data ?? []}
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 8, right: 8, bottom: 0, left: 4 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="name" interval={0} tick={AXIS_TICK} tickLine={false} />
        <YAxis
          domain={countAxis.domain}
          ticks={countAxis.ticks}
          niceTicks="none"
          interval={0}
          tickFormatter={format.countTick}
          tick={AXIS_TICK}
          width={48}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: '#f1f5f9' }}
          content={({ active, payload }) => {
            const datum = activeDatum<BucketDatum>(active, payload);
            return datum ? (
              <TooltipBox
                title={datum.name}
                lines={[
                  { name: t('column.orders'), value: format.count(datum.orders) },
                  { name: t('column.shareOfShipped'), value: format.percent(datum.share) },
                ]}
              />
            ) : null;
          }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar
          dataKey="within"
          stackId="latency"
          name={t('chart.shipLatency.within')}
          fill={CHART_COLORS.orders}
          maxBarSize={48}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(_, index) => open(index)}
        />
        <Bar
          dataKey="later"
          stackId="latency"
          name={t('chart.shipLatency.later')}
          fill={CHART_COLORS.late}
          maxBarSize={48}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(_, index) => open(index)}
        />
      </BarChart>
    );
  }, [data, format, navigate, t]);
  return (
    <ChartCard
      title={t('chart.shipLatency.title')}
      description={t('chart.shipLatency.description', { from: query.from, to: query.to })}
      status={chartStatus(result, (latency) => latency.shipped === 0)}
      error={result.error}
      onRetry={() => void result.refetch()}
      updating={result.isPlaceholderData}
      table={table}
      period={query}
      emptyText={t('card.emptyShipped')}
      summary={
        result.data &&
        t('chart.shipLatency.within24h', {
          rate: format.percent(result.data.shippedWithin24hRate),
          shipped: format.count(result.data.shipped),
        })
      }
      chartHeight={CHART_HEIGHT}
    >
      {chart}
    </ChartCard>
  );
}
