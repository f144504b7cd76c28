import { toCsv } from '@/lib/csv';

/** One column of a chart's table view. */
export interface ChartColumn {
  key: string;
  header: string;
  /** Numbers align to the end so digits line up. */
  align?: 'start' | 'end';
  /** Keeps a short label (a week's days) on one line. */
  nowrap?: boolean;
}

/** A cell as shown; a count carries the link to the orders behind it. */
export interface ChartCell {
  text: string;
  link?: { href: string; label: string };
}

export interface ChartRow {
  id: string;
  cells: readonly ChartCell[];
}

/** The numbers of a chart as a table: the table view renders it and the CSV export writes it. */
export interface ChartTableModel {
  columns: readonly ChartColumn[];
  rows: readonly ChartRow[];
}

/** The table as CSV text, cell for cell what the table view shows (headers included). */
export function chartCsv(table: ChartTableModel): string {
  return toCsv([
    table.columns.map((column) => column.header),
    ...table.rows.map((row) => row.cells.map((cell) => cell.text)),
  ]);
}

/** Characters file systems refuse in names. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\s]+/g;

/** "区域销售_2026-10-24_2026-11-22.csv": the chart and the period it covers. */
export function chartCsvFileName(chart: string, period: { from: string; to: string }): string {
  const name = chart.replace(UNSAFE_IN_FILE_NAME, '-').replace(/^-+|-+$/g, '') || 'chart';
  return `${name}_${period.from}_${period.to}.csv`;
}
