import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Trend } from '@/api/contract/analytics';
import { ordersLinkFor, trendPointDays } from '../../lib/drill-down';
import { previousPeriod } from '../../lib/periods';
import {
  backend,
  count,
  linkIn,
  money,
  openCharts,
  settled,
  tableOf,
  tableText,
  words,
} from './test-kit';

const TITLE = words.chart.trend.title;

/** A point's days as the table names them: the day, or a week's first and last day. */
function daysOf(dates: string[], index: number, period: { from: string; to: string }) {
  const days = trendPointDays(dates, index, period);
  if (!days) throw new Error(`no days for point ${index}`);
  const label =
    days.from === days.to
      ? days.from
      : words.weekOf.replace('{{from}}', days.from).replace('{{to}}', days.to);
  return { days, label };
}

function expectedRows(trend: Trend, period: { from: string; to: string }) {
  const dates = trend.current.map((point) => point.date);
  const previousDates = trend.previous.map((point) => point.date);
  const before = previousPeriod(period);
  return trend.current.map((point, index) => {
    const previous = trend.previous[index];
    return [
      daysOf(dates, index, period).label,
      count(point.orders),
      money(point.gmv.amount),
      previous ? daysOf(previousDates, index, before).label : words.noValue,
      previous ? count(previous.orders) : words.noValue,
      previous ? money(previous.gmv.amount) : words.noValue,
    ];
  });
}

describe('sales trend', () => {
  it('shows each day with the same position of the previous period, as the backend answers', async () => {
    const { user, query } = await openCharts('?range=7d');
    const trend = await backend().analyticsTrend({ query: { ...query, granularity: 'day' } });
    const table = await tableOf(TITLE, user);
    expect(tableText(table)).toEqual({
      headers: [
        words.column.date,
        words.column.orders,
        words.column.gmv,
        words.column.previousDate,
        words.column.previousOrders,
        words.column.previousGmv,
      ],
      rows: expectedRows(trend, query),
    });
    const day = trend.current[2]?.date ?? '';
    expect(linkIn(table, 2, 1)).toHaveAttribute(
      'href',
      ordersLinkFor(query, { from: day, to: day }),
    );
  });

  it('switches to weeks through the URL, each week opening its own days', async () => {
    const { user, router, query } = await openCharts('?range=30d');
    const frame = await settled(TITLE);
    const toggle = within(frame).getByRole('group', { name: words.chart.trend.granularity });
    expect(within(toggle).getByRole('button', { name: words.chart.trend.day })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(toggle).getByRole('button', { name: words.chart.trend.week }));
    expect(new URLSearchParams(router.state.location.search).get('granularity')).toBe('week');

    const trend = await backend().analyticsTrend({ query: { ...query, granularity: 'week' } });
    const table = await tableOf(TITLE, user);
    await waitFor(() => expect(tableText(table).headers[0]).toBe(words.column.week));
    expect(tableText(table).rows).toEqual(expectedRows(trend, query));

    const dates = trend.current.map((point) => point.date);
    const last = dates.length - 1;
    expect(linkIn(table, last, 1)).toHaveAttribute(
      'href',
      ordersLinkFor(query, daysOf(dates, last, query).days),
    );
  });
});
