import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalyticsQuery, Trend } from '@/api/contract/analytics';
import { useTrend } from '../../api/get-trend';
import { ordersLinkFor, trendPointDays } from '../../lib/drill-down';
import { previousPeriod } from '../../lib/periods';
import type { ChartTableModel } from '../../lib/chart-csv';
import { ChartCard } from './chart-card';
import { chartStatus } from './chart-status';
import { AXIS_TICK, CHART_COLORS, CHART_HEIGHT } from './chart-theme';
import { activeDatum, TooltipBox, type TooltipLine } from './chart-tooltip';
import { GranularityToggle, granularityOf } from './granularity';
import { useChartFormat, type ChartFormat, ordersCell } from './use-chart-format';
import { niceAxis } from '../../lib/nice-axis';
import { useSettledQuery } from './use-settled-query';

interface TrendSide {
  /** The days the point covers. */
  from: string;
  to: string;
  gmv: number;
  orders: number;
  href: string;
}

/** One position on the time axis: this period's point and the previous period's at the same place. */
interface TrendDatum {
  id: string;
  tick: string;
  current: TrendSide;
  previous: TrendSide | null;
  gmv: number;
  orders: number;
  previousGmv: number | null;
  previousOrders: number | null;
}

function sides(
  points: Trend['current'],
  period: { from: string; to: string },
  query: AnalyticsQuery,
): (TrendSide | null)[] {
  const dates = points.map((point) => point.date);
  return points.map((point, index) => {
    const days = trendPointDays(dates, index, period);
    if (!days) return null;
    return {
      ...days,
      gmv: point.gmv.amount,
      orders: point.orders,
      href: ordersLinkFor(query, days),
    };
  });
}

function trendData(trend: Trend, query: AnalyticsQuery): TrendDatum[] {
  const current = sides(trend.current, query, query);
  const previous = sides(trend.previous, previousPeriod(query), query);
  return current.flatMap((side, index) => {
    if (!side) return [];
    const before = previous[index] ?? null;
    return [
      {
        id: side.from,
        tick: side.from.slice(5),
        current: side,
        previous: before,
        gmv: side.gmv,
        orders: side.orders,
        previousGmv: before?.gmv ?? null,
        previousOrders: before?.orders ?? null,
      },
    ];
  });
}

function daysLabel(side: TrendSide, format: ChartFormat): string {
  return side.from === side.to ? side.from : format.t('weekOf', { from: side.from, to: side.to });
}

function trendTable(
  data: readonly TrendDatum[],
  format: ChartFormat,
  week: boolean,
): ChartTableModel {
  const { t } = format;
  const sideOrders = (side: TrendSide) =>
    ordersCell(format, { name: daysLabel(side, format), orders: side.orders, href: side.href });
  const none = { text: t('noValue') };
  return {
    columns: [
      { key: 'date', header: t(week ? 'column.week' : 'column.date'), nowrap: true },
      { key: 'orders', header: t('column.orders'), align: 'end' },
      { key: 'gmv', header: t('column.gmv'), align: 'end' },
      { key: 'previousDate', header: t('column.previousDate'), nowrap: true },
      { key: 'previousOrders', header: t('column.previousOrders'), align: 'end' },
      { key: 'previousGmv', header: t('column.previousGmv'), align: 'end' },
    ],
    rows: data.map((datum) => ({
      id: datum.id,
      cells: [
        { text: daysLabel(datum.current, format) },
        sideOrders(datum.current),
        { text: format.money(datum.current.gmv) },
        datum.previous ? { text: daysLabel(datum.previous, format) } : none,
        datum.previous ? sideOrders(datum.previous) : none,
        datum.previous ? { text: format.money(datum.previous.gmv) } : none,
      ],
    })),
  };
}

function TrendTooltipContent({ datum, format }: { datum: TrendDatum; format: ChartFormat }) {
  const { t } = format;
  const lines: TooltipLine[] = [
    { name: t('column.gmv'), value: format.money(datum.gmv), color: CHART_COLORS.gmv },
    { name: t('column.orders'), value: format.count(datum.orders), color: CHART_COLORS.orders },
  ];
  if (datum.previous) {
    const when = daysLabel(datum.previous, format);
    lines.push(
      {
        name: `${t('column.previousGmv')} (${when})`,
        value: format.money(datum.previous.gmv),
        color: CHART_COLORS.previous,
      },
      {
        name: `${t('column.previousOrders')} (${when})`,
        value: format.count(datum.previous.orders),
        color: CHART_COLORS.previousOrders,
      },
    );
  }
  return <TooltipBox title={daysLabel(datum.current, format)} lines={lines} />;
}

/** GMV and orders per day or week, the previous period dashed behind them, position by position. */
export function TrendChart({ query }: { query: AnalyticsQuery }) {
  const format = useChartFormat();
  const { t } = format;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const granularity = granularityOf(params.get('granularity'));
  const result = useTrend(useMemo(() => ({ ...query, granularity }), [query, granularity]));
  const settled = useSettledQuery(query, result.isPlaceholderData);
  const data = useMemo(
    () => (result.data ? trendData(result.data, settled) : undefined),
    [result.data, settled],
  );
  const week = result.data?.granularity === 'week';
  const table = useMemo(
    () => (data ? trendTable(data, format, week) : undefined),
    [data, format, week],
  );
  const chart = useMemo(() => {
    const dense = (data?.length ?? 0) > 31;

    const points = data ?? [];
    const gmvAxis = niceAxis(
      Math.max(0, ...points.map((point) => Math.max(point.gmv, point.previousGmv ?? 0))),
    );
    const ordersAxis = niceAxis(
      Math.max(0, ...points.map((point) => Math.max(point.orders, point.previousOrders ?? 0))),
      5,
      true,
    );
    return (
      <LineChart
        data={data ?? []}
        responsive
        style={{ width: '100%', height: '100%' }}
        cursor="pointer"
        margin={{ top: 8, right: 4, bottom: 0, left: 4 }}
        onClick={(state) => {
          const datum = data?.[Number(state.activeTooltipIndex)];
          if (datum) void navigate(datum.current.href);
        }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="tick" tick={AXIS_TICK} tickLine={false} minTickGap={16} />
        <YAxis
          yAxisId="gmv"
          domain={gmvAxis.domain}
          ticks={gmvAxis.ticks}
          niceTicks="none"
          interval={0}
          tickFormatter={format.moneyTick}
          tick={AXIS_TICK}
          width={64}
        />
        <YAxis
          yAxisId="orders"
          orientation="right"
          domain={ordersAxis.domain}
          ticks={ordersAxis.ticks}
          niceTicks="none"
          interval={0}
          tickFormatter={format.countTick}
          tick={AXIS_TICK}
          width={48}
        />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => {
            const datum = activeDatum<TrendDatum>(active, payload);
            return datum ? <TrendTooltipContent datum={datum} format={format} /> : null;
          }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line
          yAxisId="gmv"
          dataKey="previousGmv"
          name={`${t('column.gmv')} · ${t('series.previous')}`}
          stroke={CHART_COLORS.previous}
          strokeDasharray="5 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          yAxisId="orders"
          dataKey="previousOrders"
          name={`${t('column.orders')} · ${t('series.previous')}`}
          stroke={CHART_COLORS.previousOrders}
          strokeDasharray="5 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          yAxisId="gmv"
          dataKey="gmv"
          name={`${t('column.gmv')} · ${t('series.current')}`}
          stroke={CHART_COLORS.gmv}
          strokeWidth={2}
          dot={dense ? false : { r: 2 }}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
        />
        <Line
          yAxisId="orders"
          dataKey="orders"
          name={`${t('column.orders')} · ${t('series.current')}`}
          stroke={CHART_COLORS.orders}
          strokeWidth={2}
          dot={dense ? false : { r: 2 }}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
        />
      </LineChart>
    );
  }, [data, format, navigate, t]);
  return (
    <ChartCard
      title={t('chart.trend.title')}
      description={t('chart.trend.description', {
        from: query.from,
        to: query.to,
        unit: t(granularity === 'week' ? 'chart.trend.unitWeek' : 'chart.trend.unitDay'),
      })}
      status={chartStatus(result, (trend) =>
        trend.current.every((point) => point.orders === 0 && point.gmv.amount === 0),
      )}
      error={result.error}
      onRetry={() => void result.refetch()}
      updating={result.isPlaceholderData}
      table={table}
      period={query}
      controls={<GranularityToggle value={granularity} />}
      chartHeight={CHART_HEIGHT}
    >
      {chart}
    </ChartCard>
  );
}
