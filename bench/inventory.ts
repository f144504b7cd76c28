import type { Browser, Page, Request } from '@playwright/test';
import { median, signedInPage, sinceNavigation } from './browser';

/** A data row of the stock table: skeleton rows carry no aria-rowindex, the header row is in thead. */
const ROW_IN_TABLE = 'tbody tr[aria-rowindex]';
const DATA_ROW = `table ${ROW_IN_TABLE}`;
const FILTER_LABELS = { status: '库存状态', category: '类目' } as const;

export interface InventoryReport {
  /** Navigation start to the first stock row visible, cold (fresh context each run). */
  firstRowsMs: number;
  /** The same runs, split: navigation start to the first /stock request sent (HTML, JS, config, route). */
  firstRequestSentMs: number;
  /** The server's own time for that first /stock request (request sent to first byte back). */
  firstServerMs: number;
  /** The answer's last byte to the first row visible: parsing, rendering, layout. */
  firstRenderMs: number;
  /** Signed in on /orders, a click on the sidebar's 库存 link to the first stock row (page code not yet loaded). */
  linkToRowsMs: number;
  /** From choosing 低库存 in the status filter to the table showing the filtered rows. */
  statusFilterMs: number;
  statusServerMs: number;
  /** From choosing a category to the table showing its rows. */
  categoryFilterMs: number;
  categoryServerMs: number;
  category: string;
  /** Rows the unfiltered list reports (SKUs × locations in the admin's scope). */
  total: number;
}

const isStockList = (request: Request) => new URL(request.url()).pathname.endsWith('/api/stock');

/** Request sent to first byte of the answer, as Chromium's network timing saw it. */
function serverMs(request: Request): number {
  const timing = request.timing();
  return timing.responseStart - timing.requestStart;
}

/** When a request was sent and when its answer had fully arrived, in ms since navigation start. */
async function requestSpan(
  page: Page,
  request: Request,
): Promise<{ sent: number; arrived: number }> {
  const timing = request.timing();
  // startTime is wall-clock ms, like the page's timeOrigin; the others count from startTime.
  const start = timing.startTime - (await page.evaluate(() => performance.timeOrigin));
  return { sent: start + timing.requestStart, arrived: start + timing.responseEnd };
}

/** From a click on the sidebar's stock link to a new table's first data row, timed inside the page. */
async function timeLinkToRows(page: Page): Promise<number> {
  return page.evaluate(async (rowSelector) => {
    const link = document.querySelector<HTMLElement>('nav a[href="/inventory"]');
    if (!link) throw new Error('no sidebar link to /inventory');
    const previous = document.querySelector('table');
    const start = performance.now();
    link.click();
    return new Promise<number>((resolve, reject) => {
      const check = () => {
        const table = document.querySelector('table');
        if (table && table !== previous && table.querySelector(rowSelector))
          resolve(performance.now() - start);
        else if (performance.now() - start > 10_000)
          reject(new Error('no stock rows after the click'));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, ROW_IN_TABLE);
}

/**
 * Sets a filter's select the way a user's choice does (a change event React listens to) and times,
 * inside the page, until the table is no longer busy and its rows show different data.
 */
async function timeFilter(page: Page, label: string, value: string): Promise<number> {
  const select = await page.getByLabel(label, { exact: true }).elementHandle();
  if (!select) throw new Error(`no filter labelled ${label}`);
  return page.evaluate(
    async ({ element, choice }) => {
      if (!(element instanceof HTMLSelectElement)) throw new Error('the filter is not a select');
      const rowsText = () => document.querySelector('table tbody')?.textContent ?? '';
      const before = rowsText();
      const start = performance.now();
      element.value = choice;
      element.dispatchEvent(new Event('change', { bubbles: true }));
      return new Promise<number>((resolve, reject) => {
        const check = () => {
          const busy = document.querySelector('table')?.getAttribute('aria-busy') === 'true';
          const now = rowsText();
          if (!busy && now !== before && now !== '') resolve(performance.now() - start);
          else if (performance.now() - start > 10_000)
            reject(new Error(`rows did not change after choosing ${choice}`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    { element: select, choice: value },
  );
}

/** The last category in the filter: the first page sorted by SKU starts with the first one. */
async function lastCategory(page: Page): Promise<string> {
  const values = await page
    .getByLabel(FILTER_LABELS.category, { exact: true })
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const category = values.filter(Boolean).at(-1);
  if (!category) throw new Error('the category filter lists no categories');
  return category;
}

/** The stock list (/inventory) against one backend: cold first rows, then the two filters. */
export async function benchInventory(
  browser: Browser,
  appUrl: string,
  session: unknown,
  runs: number,
): Promise<InventoryReport> {
  const firstRows: number[] = [];
  const firstSent: number[] = [];
  const firstServer: number[] = [];
  const firstRender: number[] = [];
  const linkToRows: number[] = [];
  const statusFilter: number[] = [];
  const statusServer: number[] = [];
  const categoryFilter: number[] = [];
  const categoryServer: number[] = [];
  let category = '';
  let total = 0;

  for (let run = 0; run < runs; run += 1) {
    const page = await signedInPage(browser, session);
    const firstAnswer = page.waitForEvent('requestfinished', { predicate: isStockList });
    await page.goto(`${appUrl}/inventory`, { waitUntil: 'commit' });
    await page.locator(DATA_ROW).first().waitFor({ state: 'visible', timeout: 30_000 });
    const rowsAt = await sinceNavigation(page);
    firstRows.push(rowsAt);
    const first = await firstAnswer;
    const span = await requestSpan(page, first);
    firstSent.push(span.sent);
    firstServer.push(serverMs(first));
    firstRender.push(rowsAt - span.arrived);
    if (run === 0) {
      const body = (await (await first.response())?.json()) as { total?: number } | undefined;
      total = body?.total ?? 0;
    }

    const statusAnswer = page.waitForEvent('requestfinished', {
      predicate: (request) => isStockList(request) && request.url().includes('status=low'),
    });
    statusFilter.push(await timeFilter(page, FILTER_LABELS.status, 'low'));
    statusServer.push(serverMs(await statusAnswer));

    // Back to all statuses, then one category: two filters on the same loaded page.
    await page.goto(`${appUrl}/inventory`);
    await page.locator(DATA_ROW).first().waitFor({ state: 'visible', timeout: 30_000 });
    category ||= await lastCategory(page);
    const categoryAnswer = page.waitForEvent('requestfinished', {
      predicate: (request) =>
        isStockList(request) && new URL(request.url()).searchParams.get('category') === category,
    });
    categoryFilter.push(await timeFilter(page, FILTER_LABELS.category, category));
    categoryServer.push(serverMs(await categoryAnswer));
    await page.context().close();

    const ordersPage = await signedInPage(browser, session);
    await ordersPage.goto(`${appUrl}/orders`);
    await ordersPage
      .locator('table tbody tr a')
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
    linkToRows.push(await timeLinkToRows(ordersPage));
    await ordersPage.context().close();
  }

  return {
    firstRowsMs: median(firstRows),
    firstRequestSentMs: median(firstSent),
    firstServerMs: median(firstServer),
    firstRenderMs: median(firstRender),
    linkToRowsMs: median(linkToRows),
    statusFilterMs: median(statusFilter),
    statusServerMs: median(statusServer),
    categoryFilterMs: median(categoryFilter),
    categoryServerMs: median(categoryServer),
    category,
    total,
  };
}

export interface MeasureRow {
  measure: string;
  value: number;
  unit: string;
  goal?: string;
}

const LOCATIONS = 15;

/** The report as rows of the bench table, headed by what was measured against what. */
export function inventoryRows(
  setup: { levels: number; orders: number; runs: number },
  report: InventoryReport,
): MeasureRow[] {
  const skus = Math.round(setup.levels / LOCATIONS).toLocaleString('en');
  const levels = setup.levels.toLocaleString('en');
  const orders = setup.orders.toLocaleString('en');
  const ms = (measure: string, value: number, goal?: string): MeasureRow =>
    goal ? { measure, value, unit: 'ms', goal } : { measure, value, unit: 'ms' };
  return [
    ms(
      `stock list, ${skus} SKUs × ${LOCATIONS} locations (${levels} levels, ${orders} orders): navigation to first rows (median of ${setup.runs} cold runs)`,
      report.firstRowsMs,
      '<= 100',
    ),
    ms(
      '  navigation to the /stock request sent (page, scripts, config)',
      report.firstRequestSentMs,
    ),
    ms('  server time for that /stock request (to first byte)', report.firstServerMs),
    ms('  answer arrived to first row visible (client render)', report.firstRenderMs),
    ms(
      `  from /orders, sidebar link to first stock rows (median of ${setup.runs})`,
      report.linkToRowsMs,
      '<= 100',
    ),
    ms(
      `  status filter 低库存 to filtered rows (median of ${setup.runs})`,
      report.statusFilterMs,
      '<= 100',
    ),
    ms('  server time for the status-filtered /stock request', report.statusServerMs),
    ms(
      `  category filter ${report.category} to filtered rows (median of ${setup.runs})`,
      report.categoryFilterMs,
      '<= 100',
    ),
    ms('  server time for the category-filtered /stock request', report.categoryServerMs),
  ];
}
