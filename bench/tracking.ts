import type { Browser, Request } from '@playwright/test';
import { median, signedInPage, sinceNavigation } from './browser';
import type { MeasureRow } from './inventory';

export interface QueueReport {
  /** Navigation start to the first queue rows on screen, cold. */
  firstRowsMs: number;
  /** The server's own time for the queue request (to first byte). */
  serverMs: number;
  /** Parcels in the queue for the user (the total the page states). */
  rows: number;
}

/** The queue's API request (not the page's own URL, which ends the same way). */
const isQueue = (request: Request) =>
  request.resourceType() === 'fetch' &&
  new URL(request.url()).pathname.endsWith('/tracking/exceptions');

/** Opens /tracking/exceptions cold `runs` times and times the first rows. */
export async function benchExceptionsQueue(
  browser: Browser,
  appUrl: string,
  session: unknown,
  runs: number,
): Promise<QueueReport> {
  const firstRows: number[] = [];
  const server: number[] = [];
  let rows = 0;
  for (let run = 0; run < runs; run += 1) {
    const page = await signedInPage(browser, session);
    const answered = page.waitForEvent('requestfinished', { predicate: isQueue, timeout: 30_000 });
    await page.goto(`${appUrl}/tracking/exceptions`, { waitUntil: 'commit' });
    await page.locator('table tbody tr a').first().waitFor({ state: 'visible', timeout: 30_000 });
    firstRows.push(await sinceNavigation(page));
    const request = await answered;
    const timing = request.timing();
    server.push(timing.responseStart - timing.requestStart);
    const response = await request.response();
    if (run === 0 && response) rows = ((await response.json()) as { total: number }).total;
    await page.context().close();
  }
  return { firstRowsMs: median(firstRows), serverMs: median(server), rows };
}

export function queueRows(
  context: { user: string; orders: number; runs: number },
  report: QueueReport,
): MeasureRow[] {
  const { user, orders, runs } = context;
  return [
    {
      measure: `exceptions queue (${user}, ${orders.toLocaleString('en')} orders): navigation to first rows (median of ${runs} cold runs)`,
      value: Math.round(report.firstRowsMs),
      unit: 'ms',
      goal: '<= 600',
    },
    {
      measure: '  server time of the queue request',
      value: Math.round(report.serverMs),
      unit: 'ms',
    },
    { measure: '  parcels in the queue', value: report.rows, unit: 'rows' },
  ];
}
