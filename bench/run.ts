/**
 * npm run bench: builds the app, serves it against the Node mock server on 127.0.0.1 and measures it in
 * Chromium. Prints a table and JSON, and writes bench/results/latest.json (or --results). Figures,
 * not pass/fail. --dist measures another build (with --skip-build, one already made).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../scripts/serve-dist';
import { analyticsRows, benchAnalytics } from './analytics';
import { jsHeapMb, launchChromium, median, signedInPage, sinceNavigation } from './browser';
import { measureBundle } from './bundle';
import { benchInventory, inventoryRows, type InventoryReport } from './inventory';
import { startMockProcess } from './mock-process';
import { scrollLongTasks, timeRowsUpdate } from './orders-list';
import { benchExceptionsQueue, queueRows } from './tracking';
import { benchScanner, benchWaybillPaste } from './waybill-paste';

const { values: args } = parseArgs({
  options: {
    orders: { type: 'string', default: '200000' },
    /** SKUs of the larger stock list, measured against a second mock server. */
    'inventory-skus': { type: 'string', default: '5000' },
    /** Orders seeded beside them (default: --orders). */
    'inventory-orders': { type: 'string' },
    runs: { type: 'string', default: '5' },
    'skip-build': { type: 'boolean', default: false },
    /** The build to measure (another folder than dist/ lets a bench run beside other builds). */
    dist: { type: 'string', default: 'dist' },
    results: { type: 'string', default: 'bench/results/latest.json' },
  },
});
const ORDERS = Number(args.orders);
const RUNS = Number(args.runs);
const INVENTORY_SKUS = Number(args['inventory-skus']);
const INVENTORY_ORDERS = Number(args['inventory-orders'] ?? args.orders);
const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, args.dist);

interface Row {
  measure: string;
  value: number;
  unit: string;
  goal?: string;
}
const rows: Row[] = [];
const record = (measure: string, value: number, unit: string, goal?: string) =>
  rows.push({ measure, value, unit, goal });

if (!args['skip-build']) {
  execSync(`npx vite build --outDir ${JSON.stringify(dist)} --emptyOutDir`, {
    cwd: root,
    stdio: 'inherit',
  });
}

const bundle = measureBundle(dist);
record(
  'first-route JavaScript (gzip; the larger of /sign-in and /orders)',
  bundle.firstRouteJsGzipKb,
  'KB',
  '<= 150',
);
record('  entry alone (gzip)', bundle.entryJsGzipKb, 'KB');
record('  /sign-in: entry + page (gzip)', bundle.signInRouteJsGzipKb, 'KB');
record('  /orders: entry + layout + page (gzip)', bundle.ordersRouteJsGzipKb, 'KB');
record('first-route CSS (gzip)', bundle.firstRouteCssGzipKb, 'KB');
record('total app JavaScript (gzip)', bundle.totalAppJsGzipKb, 'KB');
record(
  'mock backend JavaScript (gzip, loaded only in mock mode)',
  bundle.mockBackendJsGzipKb,
  'KB',
);
record('mock modules in the first route', bundle.mockModulesInFirstRoute.length, 'modules', '0');
record(
  'analytics and chart-library modules in the first route',
  bundle.analyticsModulesInFirstRoute.length,
  'modules',
  '0',
);
record(
  '/analytics: JavaScript beyond entry + layout (gzip, loaded on that route only)',
  bundle.analyticsRouteJsGzipKb,
  'KB',
);
record('/track: JavaScript before the form shows (gzip)', bundle.trackRouteJsGzipKb, 'KB', '<= 80');
record('  staff-app modules in /track', bundle.adminModulesInTrackRoute.length, 'modules', '0');
record('  the answer view, loaded after the form (gzip)', bundle.trackAnswerJsGzipKb, 'KB');

const api = await startMockProcess(ORDERS);
record(`mock server seed (${ORDERS.toLocaleString('en')} orders)`, api.seedMs, 'ms');
const apiBase = api.apiBase;
const app = await startStaticServer({
  dir: dist,
  port: 0,
  config: { backend: 'rest', apiBaseUrl: apiBase },
});

const signIn = (username: string, base = apiBase): Promise<unknown> =>
  fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  }).then((r) => r.json());
const session = await signIn('admin');

const browser = await launchChromium();
try {
  const firstRows: number[] = [];
  let heap = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const page = await signedInPage(browser, session);
    await page.goto(`${app.url}/orders`, { waitUntil: 'commit' });
    await page.locator('table tbody tr a').first().waitFor({ state: 'visible', timeout: 30_000 });
    firstRows.push(await sinceNavigation(page));
    if (run === RUNS - 1) heap = await jsHeapMb(page);
    await page.context().close();
  }
  record(
    `navigation to first order rows (median of ${RUNS} cold runs)`,
    median(firstRows),
    'ms',
    '<= 600',
  );
  record('JS heap after load', heap, 'MB');

  const tabChanges: number[] = [];
  const sortChanges: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const page = await signedInPage(browser, session);
    await page.goto(`${app.url}/orders`);
    await page.locator('table tbody tr a').first().waitFor({ state: 'visible', timeout: 30_000 });
    // The third tab is "pending review"; the first unsorted sortable header is the total.
    tabChanges.push(await timeRowsUpdate(page, '[role="tablist"] [role="tab"]:nth-of-type(3)'));
    sortChanges.push(await timeRowsUpdate(page, 'th[aria-sort="none"] button'));
    await page.context().close();
  }
  record(
    `status-tab change to updated rows (median of ${RUNS})`,
    median(tabChanges),
    'ms',
    '<= 100',
  );
  record(`sort change to updated rows (median of ${RUNS})`, median(sortChanges), 'ms', '<= 100');

  const page = await signedInPage(browser, session);
  await page.goto(`${app.url}/orders?pageSize=1000`);
  await page.locator('table tbody tr a').first().waitFor({ state: 'visible', timeout: 30_000 });
  const scroll = await scrollLongTasks(page);
  await page.context().close();
  record('long tasks over 50 ms scrolling a 1,000-row page', scroll.longTasks, 'tasks', '0');
  record('  longest task while scrolling', scroll.longestTaskMs, 'ms');
  record('  table rows in the DOM at once (virtualized)', scroll.rowsRendered, 'rows');

  // The stock list at the catalogue's SKUs (this server), then at INVENTORY_SKUS (a second one).
  const recordInventory = (levels: number, orders: number, report: InventoryReport) => {
    for (const row of inventoryRows({ levels, orders, runs: RUNS }, report)) rows.push(row);
  };
  recordInventory(api.stockLevels, ORDERS, await benchInventory(browser, app.url, session, RUNS));

  const largeApi = await startMockProcess(INVENTORY_ORDERS, { skus: INVENTORY_SKUS });
  const largeApp = await startStaticServer({
    dir: dist,
    port: 0,
    config: { backend: 'rest', apiBaseUrl: largeApi.apiBase },
  });
  try {
    record(
      `mock server seed (${INVENTORY_SKUS.toLocaleString('en')} SKUs, ${INVENTORY_ORDERS.toLocaleString('en')} orders)`,
      largeApi.seedMs,
      'ms',
    );
    const largeSession = await signIn('admin', largeApi.apiBase);
    const large = await benchInventory(browser, largeApp.url, largeSession, RUNS);
    recordInventory(largeApi.stockLevels, INVENTORY_ORDERS, large);
  } finally {
    largeApp.server.close();
    largeApi.stop();
  }

  // The warehouse: batch waybill entry, as warehouse.sh (orders allocated to 上海青浦仓).
  const warehouse = await signIn('warehouse.sh');
  const pastePage = await signedInPage(browser, warehouse);
  await pastePage.goto(`${app.url}/shipping/waybills?mode=import`);
  const paste = await benchWaybillPaste(pastePage);
  await pastePage.context().close();
  record(
    `paste ${paste.lines.toLocaleString('en')} lines: preview counts shown (parse + browser checks)`,
    paste.previewMs,
    'ms',
    '<= 150',
  );
  record('  longest task while pasting and checking', paste.longestTaskMs, 'ms', '<= 50');
  record('  long tasks over 50 ms while pasting and checking', paste.longTasks, 'tasks', '0');
  record('  every row checked by the backend', paste.checkedMs, 'ms');
  record('  lines for real allocated orders', paste.realOrders, 'lines');
  record('  preview rows in the DOM at once (virtualized)', paste.rowsRendered, 'rows');

  const scanPage = await signedInPage(browser, warehouse);
  await scanPage.goto(`${app.url}/shipping/waybills?mode=grid`);
  const scanner = await benchScanner(scanPage);
  await scanPage.context().close();
  record(`scanner into the grid: scans sent at 20/s`, scanner.sent, 'scans');
  record('  scans lost', scanner.lost, 'scans', '0');
  record('  rows holding merged or partial scans', scanner.merged, 'rows', '0');
  record('  time to send them', scanner.durationMs, 'ms');

  // The exceptions queue, for the admin (every parcel) and for one store's staff.
  for (const user of ['admin', 'store.sh']) {
    const report = await benchExceptionsQueue(browser, app.url, await signIn(user), RUNS);
    for (const row of queueRows({ user, orders: ORDERS, runs: RUNS }, report)) rows.push(row);
  }

  // The analytics page (every chart and the KPIs), for a regional manager and for the admin.
  for (const user of ['manager.east', 'admin']) {
    const report = await benchAnalytics(browser, app.url, await signIn(user), RUNS);
    for (const row of analyticsRows({ user, orders: ORDERS, runs: RUNS }, report)) rows.push(row);
  }
} finally {
  await browser.close();
  app.server.close();
  api.stop();
}

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`\n${'measure'.padEnd(width)}  ${'value'.padStart(9)}  unit     goal`);
for (const r of rows) {
  console.log(
    `${r.measure.padEnd(width)}  ${String(r.value).padStart(9)}  ${r.unit.padEnd(7)}  ${r.goal ?? ''}`,
  );
}
const result = {
  date: new Date().toISOString(),
  orders: ORDERS,
  inventorySkus: INVENTORY_SKUS,
  inventoryOrders: INVENTORY_ORDERS,
  runs: RUNS,
  rows,
  firstRouteFiles: bundle.firstRouteFiles,
  analyticsModulesInFirstRoute: bundle.analyticsModulesInFirstRoute,
};
const resultsFile = path.resolve(root, args.results);
mkdirSync(path.dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\n${JSON.stringify(result)}`);
