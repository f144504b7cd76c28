import { screen, waitFor, within } from '@testing-library/react';
import { expect, vi } from 'vitest';
import type { AnalyticsQuery } from '@/api/contract/analytics';
import { createRestBackend } from '@/api/rest/client';
import { currentToken } from '@/api/session-store';
import catalogue from '@/i18n/locales/zh-CN/analytics-charts.json';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import { renderApp, TEST_API_BASE, type DemoUsername } from '@/testing/render-app';
import { analyticsQueryOf, parseAnalyticsParams } from '../../lib/filters';

/** Helpers for the chart tests: the page as a user opens it, and the numbers as the backend has them. */

const TIME_ZONE = 'Asia/Shanghai';
const LOCALE = 'zh-CN';

export const money = (fen: number) => formatMoney(fen, LOCALE);
export const count = (value: number) => formatNumber(value, LOCALE);
export const percent = (ratio: number) => formatPercent(ratio, LOCALE);
export const days = (value: number | null) =>
  value === null
    ? catalogue.noValue
    : catalogue.days.replace('{{value}}', formatNumber(value, LOCALE, 1));

/** The chart words the user reads, from the catalogue the app uses. */
export const words = catalogue;

/** The backend the app talks to, as the signed-in user. */
export const backend = () => createRestBackend({ baseUrl: TEST_API_BASE, getToken: currentToken });

/** The query the page sends for a URL's search, worked out the page's way. */
export const queryFor = (search: string): AnalyticsQuery =>
  analyticsQueryOf(parseAnalyticsParams(new URLSearchParams(search)), TIME_ZONE, new Date());

export async function openCharts(search: string, as: DemoUsername = 'admin') {
  const app = await renderApp({ route: `/analytics${search}`, as });
  await screen.findByRole('region', { name: catalogue.chart.region.title }, { timeout: 10_000 });
  return { ...app, query: queryFor(search) };
}

export function card(title: string): HTMLElement {
  return screen.getByRole('region', { name: title });
}

/** Waits until a card has drawn its numbers (or said it has none). */
export async function settled(title: string, state: 'ready' | 'empty' | 'error' = 'ready') {
  await waitFor(() => expect(card(title)).toHaveAttribute('data-chart-state', state), {
    timeout: 10_000,
  });
  return card(title);
}

/** Switches a card to its table view and returns the table. */
export async function tableOf(
  title: string,
  user: { click: (element: Element) => Promise<void> },
): Promise<HTMLElement> {
  const frame = await settled(title);
  const toggle = within(frame).getByRole('button', { name: `表格视图（${title}）` });
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-pressed', 'true');
  return within(frame).getByRole('table', { name: title });
}

/** Header and body cells as text, row by row. */
export function tableText(table: HTMLElement): { headers: string[]; rows: string[][] } {
  const [head, ...body] = within(table).getAllByRole('row');
  const text = (cells: HTMLElement[]) => cells.map((cell) => cell.textContent?.trim() ?? '');
  return {
    headers: head ? text(within(head).getAllByRole('columnheader')) : [],
    rows: body.map((row) => text(within(row).getAllByRole('cell'))),
  };
}

/** The link in a table cell: where it goes and what it says it opens. */
export function linkIn(table: HTMLElement, row: number, column: number): HTMLAnchorElement {
  const body = within(table).getAllByRole('row').slice(1);
  const cell = within(body[row] as HTMLElement).getAllByRole('cell')[column] as HTMLElement;
  return within(cell).getByRole('link') as HTMLAnchorElement;
}

/** Catches what a CSV export hands the browser: the file's bytes and its name. */
export function catchDownloads() {
  const files: { blob: Blob; name: string }[] = [];
  let pending: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    pending = blob;
    return 'blob:chart-export';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(
    this: HTMLAnchorElement,
  ) {
    if (pending) files.push({ blob: pending, name: this.download });
    pending = null;
  });
  return files;
}
