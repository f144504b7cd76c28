import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import type { ChartCell } from '../../lib/chart-csv';

const compactFormats = new Map<string, Intl.NumberFormat>();

/**
 * "12万" / "120K": short enough for an axis tick. Below ten thousand the full number with its
 * separators is short enough, and Chinese compact notation would drop them ("1400").
 */
function formatCompact(value: number, locale: string): string {
  if (Math.abs(value) < 10_000) return formatNumber(value, locale, 1);
  let format = compactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(locale, format);
  }
  return format.format(value);
}

/** The formatters every chart uses, in the user's language: CNY from fen, counts with separators. */
export function useChartFormat() {
  const { t, i18n } = useTranslation('analytics-charts');
  const locale = i18n.language;
  return useMemo(
    () => ({
      t,
      locale,
      money: (fen: number) => formatMoney(fen, locale),
      count: (value: number) => formatNumber(value, locale),
      percent: (ratio: number) => formatPercent(ratio, locale),
      days: (value: number | null) =>
        value === null ? t('noValue') : t('days', { value: formatNumber(value, locale, 1) }),
      /** Axis ticks: money in yuan, shortened. */
      moneyTick: (fen: number) => `¥${formatCompact(fen / 100, locale)}`,
      countTick: (value: number) => formatCompact(value, locale),
      percentTick: (ratio: number) => formatPercent(ratio, locale, 0),
    }),
    [t, locale],
  );
}

export type ChartFormat = ReturnType<typeof useChartFormat>;

/** An order count in a chart's table: a link to those orders, named for a screen reader. */
export function ordersCell(
  format: ChartFormat,
  { name, orders, href }: { name: string; orders: number; href: string },
): ChartCell {
  const value = format.count(orders);
  return {
    text: value,
    link: { href, label: format.t('drill.orders', { name, value, count: orders }) },
  };
}
