import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, CHART_COLORS } from './chart-theme';
import { activeDatum, TooltipBox } from './chart-tooltip';
import type { ChartFormat } from './use-chart-format';
import { niceAxis } from '../../lib/nice-axis';

export interface SalesDatum {
  id: string;
  name: string;
  /** Fen. */
  gmv: number;
  orders: number;
}

interface SalesBarsProps<T extends SalesDatum> {
  data: readonly T[];
  format: ChartFormat;
  /** Columns for a few groups; a ranking (long names, many rows) lies on its side. */
  layout: 'columns' | 'ranking';
  onSelect: (datum: T) => void;
}

/** GMV per group as bars, largest first; the tooltip adds the order count. */
export function SalesBars<T extends SalesDatum>({
  data,
  format,
  layout,
  onSelect,
}: SalesBarsProps<T>) {
  const { t } = format;
  const ranking = layout === 'ranking';
  const select = (index: number) => {
    const datum = data[index];
    if (datum) onSelect(datum);
  };
  const valueAxis = niceAxis(Math.max(0, ...data.map((datum) => datum.gmv)));
  return (
    <BarChart
      data={[...data]}
      layout={ranking ? 'vertical' : 'horizontal'}
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 8, right: 16, bottom: 4, left: ranking ? 8 : 4 }}
    >
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={ranking} horizontal={!ranking} />
      {ranking ? (
        <>
          <XAxis
            type="number"
            domain={valueAxis.domain}
            ticks={valueAxis.ticks}
            niceTicks="none"
            interval={0}
            tickFormatter={format.moneyTick}
            tick={AXIS_TICK}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={112}
            interval={0}
            tick={AXIS_TICK}
            tickLine={false}
          />
        </>
      ) : (
        <>
          <XAxis dataKey="name" interval={0} tick={AXIS_TICK} tickLine={false} />
          <YAxis
            domain={valueAxis.domain}
            ticks={valueAxis.ticks}
            niceTicks="none"
            interval={0}
            tickFormatter={format.moneyTick}
            tick={AXIS_TICK}
            width={64}
          />
        </>
      )}
      <Tooltip
        isAnimationActive={false}
        cursor={{ fill: '#f1f5f9' }}
        content={({ active, payload }) => {
          const datum = activeDatum<SalesDatum>(active, payload);
          return datum ? (
            <TooltipBox
              title={datum.name}
              lines={[
                { name: t('column.gmv'), value: format.money(datum.gmv), color: CHART_COLORS.gmv },
                { name: t('column.orders'), value: format.count(datum.orders) },
              ]}
            />
          ) : null;
        }}
      />
      <Bar
        dataKey="gmv"
        name={t('column.gmv')}
        fill={CHART_COLORS.gmv}
        maxBarSize={ranking ? 18 : 40}
        radius={ranking ? [0, 3, 3, 0] : [3, 3, 0, 0]}
        cursor="pointer"
        isAnimationActive={false}
        onClick={(_, index) => select(index)}
      />
    </BarChart>
  );
}
