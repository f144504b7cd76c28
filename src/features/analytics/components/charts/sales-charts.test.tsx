import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Breakdown } from '@/api/contract/analytics';
import { currentUrl } from '@/testing/render-app';
import { ordersLinkFor, type DrillTarget } from '../../lib/drill-down';
import {
  backend,
  card,
  count,
  linkIn,
  money,
  openCharts,
  percent,
  settled,
  tableOf,
  tableText,
  words,
} from './test-kit';

const SEARCH = '?range=30d';
const byGmv = (rows: Breakdown['rows']) =>
  [...rows].sort((a, b) => b.gmv.amount - a.gmv.amount || b.orders - a.orders);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sales charts', () => {
  it.each([
    ['region', words.chart.region.title, (key: string): DrillTarget => ({ region: key as 'east' })],
    ['province', words.chart.province.title, (key: string): DrillTarget => ({ province: key })],
    ['store', words.chart.store.title, (key: string): DrillTarget => ({ storeId: key })],
  ] as const)(
    'the %s table shows the numbers the backend answers, largest first, each count opening its orders',
    async (dimension, title, target) => {
      const { user, query } = await openCharts(SEARCH);
      const answer = await backend().analyticsBreakdown({ query: { ...query, dimension } });
      const rows = byGmv(answer.rows);
      expect(rows.length).toBeGreaterThan(1);

      const table = await tableOf(title, user);
      expect(tableText(table)).toEqual({
        headers: [words.column[dimension], words.column.gmv, words.column.orders],
        // The backend's labels are the Chinese names the page shows.
        rows: rows.map((row) => [row.label, money(row.gmv.amount), count(row.orders)]),
      });
      rows.forEach((row, index) => {
        const link = linkIn(table, index, 2);
        expect(link).toHaveAttribute('href', ordersLinkFor(query, target(row.key)));
        expect(link).toHaveAccessibleName(`查看${row.label}的 ${count(row.orders)} 个订单`);
      });
    },
  );

  it('the category table shows GMV, share and orders as the backend answers', async () => {
    const { user, query } = await openCharts(SEARCH);
    const answer = await backend().analyticsBreakdown({
      query: { ...query, dimension: 'category' },
    });
    const rows = byGmv(answer.rows);
    const total = rows.reduce((sum, row) => sum + row.gmv.amount, 0);

    const table = await tableOf(words.chart.category.title, user);
    expect(tableText(table)).toEqual({
      headers: [words.column.category, words.column.gmv, words.column.share, words.column.orders],
      rows: rows.map((row) => [
        row.label,
        money(row.gmv.amount),
        percent(row.gmv.amount / total),
        count(row.orders),
      ]),
    });
    expect(linkIn(table, 0, 3)).toHaveAttribute(
      'href',
      ordersLinkFor(query, { category: rows[0]?.key }),
    );
  });

  it('a count in the table opens the orders list filtered to it', async () => {
    const { user, router, query } = await openCharts(SEARCH, 'manager.east');
    const table = await tableOf(words.chart.province.title, user);
    const link = linkIn(table, 0, 2);
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/orders'));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('from')).toBe(query.from);
    expect(params.get('to')).toBe(query.to);
    expect(params.get('province')).toBe(tableText(table).rows[0]?.[0]);
  });

  it('clicking a bar opens the orders behind it', async () => {
    // jsdom lays nothing out; give the charts the size a browser would.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ width: 640, height: 260 }),
    );
    const { router, query } = await openCharts(SEARCH);
    const frame = await settled(words.chart.region.title);
    const answer = await backend().analyticsBreakdown({ query: { ...query, dimension: 'region' } });
    const largest = byGmv(answer.rows)[0];

    const figure = within(frame).getByRole('figure', { name: words.chart.region.title });
    await waitFor(() =>
      // A region without sales (listed at zero) has no bar to draw.
      expect(figure.querySelectorAll('.recharts-bar-rectangle').length).toBe(
        answer.rows.filter((row) => row.gmv.amount > 0).length,
      ),
    );
    const bar = figure.querySelector('.recharts-bar-rectangle path');
    expect(bar).not.toBeNull();
    fireEvent.click(bar as Element);
    await waitFor(() =>
      expect(currentUrl(router)).toBe(ordersLinkFor(query, { region: largest?.key as 'east' })),
    );
  });

  it('says when the period has no orders', async () => {
    await openCharts('?range=custom&from=2020-01-01&to=2020-01-07');
    for (const title of [words.chart.region.title, words.chart.category.title]) {
      const frame = await settled(title, 'empty');
      expect(within(frame).getByText(words.card.empty)).toBeInTheDocument();
      expect(within(frame).getByRole('button', { name: `导出 CSV（${title}）` })).toBeDisabled();
    }
    expect(card(words.chart.carriers.title)).toBeInTheDocument();
    expect(screen.queryByRole('figure')).toBeNull();
  });
});
