/** Colours and sizes the charts share (hex: SVG attributes do not read the CSS theme). */
export const CHART_COLORS = {
  gmv: '#2563eb',
  orders: '#0d9488',
  previous: '#94a3b8',
  previousOrders: '#5eead4',
  warning: '#dc2626',
  late: '#d97706',
  grid: '#e2e8f0',
  axis: '#64748b',
} as const;

/** Category colours, distinguishable side by side and on white. */
export const SERIES_PALETTE = [
  '#2563eb',
  '#0d9488',
  '#d97706',
  '#7c3aed',
  '#db2777',
  '#059669',
  '#ea580c',
  '#4f46e5',
  '#0891b2',
  '#65a30d',
  '#9333ea',
  '#b45309',
] as const;

export function paletteColor(index: number): string {
  return SERIES_PALETTE[index % SERIES_PALETTE.length] ?? CHART_COLORS.gmv;
}

export const AXIS_TICK = { fontSize: 12, fill: CHART_COLORS.axis } as const;

/** A chart is as tall as its content needs; ranked bars get a fixed row each. */
export const CHART_HEIGHT = 260;
export const RANKED_ROW_HEIGHT = 26;

export function rankedChartHeight(rows: number): number {
  return Math.max(CHART_HEIGHT, rows * RANKED_ROW_HEIGHT + 40);
}
