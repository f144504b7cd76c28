import { waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toCsv } from '@/lib/csv';
import { mockServer } from '@/testing/mock-server';
import { chartCsvFileName } from '../../lib/chart-csv';
import { card, catchDownloads, openCharts, settled, tableOf, tableText, words } from './test-kit';

afterEach(() => {
  vi.restoreAllMocks();
});

const BOM = [0xef, 0xbb, 0xbf];

/** jsdom's Blob reads only through FileReader. */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(blob);
  });
}

describe('chart card', () => {
  it('exports exactly the table it shows, as a CSV named after the chart and the period', async () => {
    const files = catchDownloads();
    const { user, query } = await openCharts('?range=30d');
    const title = words.chart.carriers.title;
    const table = await tableOf(title, user);
    const { headers, rows } = tableText(table);

    await user.click(within(card(title)).getByRole('button', { name: `导出 CSV（${title}）` }));
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file?.name).toBe(chartCsvFileName(title, query));
    const bytes = await bytesOf(file?.blob ?? new Blob());
    expect([...bytes.slice(0, 3)]).toEqual(BOM);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(toCsv([headers, ...rows]));
  });

  it('says what failed and loads again on retry', async () => {
    mockServer().use(
      http.get(
        '*/api/analytics/funnel',
        () =>
          HttpResponse.json(
            {
              type: 'https://order-desk.example/problems/internal',
              title: 'Internal error',
              status: 500,
              code: 'internal',
            },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    const { user } = await openCharts('?range=30d');
    const title = words.chart.funnel.title;
    const frame = await settled(title, 'error');
    expect(within(frame).getByRole('alert')).toHaveTextContent('服务器出错了');
    // The other charts do not wait for the failed one.
    await settled(words.chart.region.title);

    await user.click(within(frame).getByRole('button', { name: '重试' }));
    await settled(title);
    await waitFor(() => expect(within(frame).queryByRole('alert')).toBeNull());
  });
});
