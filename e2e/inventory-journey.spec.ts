import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { apiFromApp, signIn, type DemoUser } from './support';

/*
 * Two people at once, each in their own browser: the warehouse allocates, the manager's header
 * notices. The embedded demo backend keeps its data per browser profile, so this journey runs
 * against the build pointed at the Node mock server (playwright.config.ts starts both), which all
 * browsers share as they would share a real backend.
 */
const SHARED_BACKEND_APP = 'http://127.0.0.1:4174';
const WAREHOUSE = '上海青浦仓';
const WAREHOUSE_ID = 'loc-wh-sh';
const LOW = '低库存';
const OUT = '缺货';

/*
 * The badge counts every open alert in the manager's region, so two copies of this journey
 * (--repeat-each, two workers) must not overlap on the one shared backend: each holds this lock
 * from its setup to its last step. A lock whose holder's process has died (a run stopped half
 * way) is taken over.
 */
const LOCK = path.join(tmpdir(), 'order-desk-e2e-inventory-journey.lock');
const HOLDER = path.join(LOCK, 'pid');
const LOCK_POLL_MS = 250;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holdSharedBackend(): Promise<() => Promise<void>> {
  for (;;) {
    try {
      await mkdir(LOCK);
      await writeFile(HOLDER, String(process.pid));
      return () => rm(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // No pid yet: the holder has only just made the lock.
      const holder = Number(await readFile(HOLDER, 'utf8').catch(() => ''));
      if (holder > 0 && !isRunning(holder)) await rm(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
  }
}

/** Each person in a browser of their own (own storage, own session), on the shared backend. */
async function signedIn(
  browser: Browser,
  opened: BrowserContext[],
  user: DemoUser,
  at = '/',
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: SHARED_BACKEND_APP,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  opened.push(context);
  const page = await context.newPage();
  await signIn(page, user, at);
  return page;
}

async function api<T>(page: Page, path: string, init?: { method: string; body: unknown }) {
  const response = await apiFromApp(page, path, init);
  if (response.status >= 300)
    throw new Error(
      `${init?.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(response.body)}`,
    );
  return response.body as T;
}

interface Candidate {
  order: { id: string; number: string };
  options: { locationId: string; canFulfil: boolean }[];
}
interface OrderLine {
  productId: string;
  sku: string;
  quantity: number;
}
interface Level {
  sku: string;
  category: string;
  onHand: number;
  reserved: number;
  available: number;
  status: string;
  version: number;
}

interface LastUnits {
  orderNumber: string;
  sku: string;
  category: string;
}

interface Pick {
  orderNumber: string;
  line: OrderLine;
  quantity: number;
  category: string;
}

/**
 * An approved order the warehouse can allocate here whose first SKU is ok here. The backend
 * outlives a run, and earlier runs raised whole categories' reorder points: when no such order is
 * left, one whose first SKU is only low (the reset in the setup makes it ok again) does.
 */
async function allocatableOrder(warehouse: Page, admin: Page): Promise<Pick> {
  const { items } = await api<{ items: Candidate[] }>(
    warehouse,
    '/allocation/candidates?state=suggested&pageSize=200',
  );
  const here = items.filter((candidate) =>
    candidate.options.some((option) => option.locationId === WAREHOUSE_ID && option.canFulfil),
  );
  let onlyLow: Pick | null = null;
  for (const { order } of here) {
    const { lines } = await api<{ lines: OrderLine[] }>(admin, `/orders/${order.id}`);
    const first = lines[0];
    if (!first) continue;
    const level = await api<Level>(admin, `/stock/${WAREHOUSE_ID}/${first.productId}`);
    const pick = {
      orderNumber: order.number,
      line: first,
      quantity: lines
        .filter((line) => line.productId === first.productId)
        .reduce((sum, line) => sum + line.quantity, 0),
      category: level.category,
    };
    if (level.status === 'ok') return pick;
    if (level.status === 'low') onlyLow ??= pick;
  }
  if (onlyLow) return onlyLow;
  throw new Error(`no suggested order's first SKU is ok or low at ${WAREHOUSE}`);
}

interface LastUnits {
  orderNumber: string;
  sku: string;
  category: string;
}

/** That order, with exactly what it takes of its first SKU left, so allocating it takes the last units. */
async function orderTakingTheLastUnits(warehouse: Page, admin: Page): Promise<LastUnits> {
  const { orderNumber, line, quantity, category } = await allocatableOrder(warehouse, admin);
  const stockPath = `/stock/${WAREHOUSE_ID}/${line.productId}`;
  // Reorder point 0 for the SKU's whole category here: no alert for any of them to begin with,
  // and the manager's raise later in the journey changes their status, however many runs came
  // before on this backend.
  await api(admin, '/stock/thresholds', {
    method: 'POST',
    body: { category, locationIds: [WAREHOUSE_ID], reorderPoint: 0 },
  });
  // A count leaving exactly the order's quantity available (what is reserved stays reserved).
  const counted = await api<Level>(admin, stockPath);
  if (counted.onHand !== counted.reserved + quantity)
    await api(admin, `${stockPath}/adjustments`, {
      method: 'POST',
      body: {
        version: counted.version,
        reason: 'cycle_count',
        quantity: counted.reserved + quantity,
      },
    });
  const ready = await api<Level>(admin, stockPath);
  expect(ready.available).toBe(quantity);
  // No alert for it yet: the one the allocation raises is new.
  expect(['ok', 'overstock']).toContain(ready.status);
  return { orderNumber, sku: line.sku, category };
}

function alertButton(page: Page): Locator {
  return page.getByRole('button', { name: /^库存预警，\d+ 条未处理$/ });
}

async function openAlertCount(page: Page): Promise<number> {
  const label = await alertButton(page).getAttribute('aria-label');
  const count = /(\d+) 条未处理/.exec(label ?? '')?.[1];
  if (count === undefined) throw new Error(`no count in the alert button's label: ${label}`);
  return Number(count);
}

interface StockRow {
  sku: string;
  category: string;
  available: number;
  status: string;
}

/** The stock table's rows as shown: SKU, available and status, found by their column headers. */
async function stockRows(table: Locator): Promise<StockRow[]> {
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const column = (name: string) => {
    const index = headers.findIndex((header) => header.trim() === name);
    if (index < 0) throw new Error(`no ${name} column in: ${headers.join(' | ')}`);
    return index;
  };
  const [sku, category, available, status] = [
    column('SKU'),
    column('类目'),
    column('可用'),
    column('状态'),
  ];
  const cells = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.innerText.trim())),
    );
  return cells
    .filter((row) => row.length > status)
    .map((row) => ({
      sku: row[sku] ?? '',
      category: row[category] ?? '',
      available: Number((row[available] ?? '').replace(/,/g, '')),
      status: row[status] ?? '',
    }));
}

test('the last units allocated alert the manager, who acknowledges and raises the category reorder point; the warehouse only adjusts', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const release = await holdSharedBackend();
  const opened: BrowserContext[] = [];
  try {
    // 1. Setup through the API: the screens under test start after it.
    const admin = await signedIn(browser, opened, 'admin');
    const warehouse = await signedIn(browser, opened, 'warehouse.sh', '/shipping/allocate');
    const { orderNumber, sku, category } = await orderTakingTheLastUnits(warehouse, admin);

    // 2. The manager's header before anything happens.
    const manager = await signedIn(browser, opened, 'manager.east', '/inventory');
    await expect(alertButton(manager)).toBeVisible();
    const before = await openAlertCount(manager);

    // 3. The warehouse allocates the order to itself, taking the last units.
    const search = warehouse.getByRole('searchbox', { name: '订单号', exact: true });
    await search.fill(orderNumber);
    await search.press('Enter');
    const allocations = warehouse.getByRole('table', { name: '待配货订单' });
    await allocations.getByRole('button', { name: `更改订单 ${orderNumber} 的发货地点` }).click();
    const change = warehouse.getByRole('dialog', { name: '更改发货地点' });
    await change.getByRole('radio', { name: WAREHOUSE }).check();
    await change.getByRole('button', { name: '配货', exact: true }).click();
    await expect(warehouse.getByText(`订单 ${orderNumber} 已配货至 ${WAREHOUSE}`)).toBeVisible();
    await expect(change).toBeHidden();

    // 4. The manager looks again: one more open alert, this SKU out of stock at the warehouse.
    await manager.reload();
    await expect(alertButton(manager)).toHaveAccessibleName(`库存预警，${before + 1} 条未处理`);
    await alertButton(manager).click();
    const centre = manager.getByRole('dialog', { name: '库存预警' });
    const alert = centre
      .getByRole('listitem')
      .filter({ hasText: sku })
      .filter({ hasText: WAREHOUSE });
    await expect(alert).toContainText(OUT);
    await alert.getByRole('button', { name: `确认预警：${sku}（${WAREHOUSE}）` }).click();
    await expect(alert).toHaveCount(0);
    await expect(alertButton(manager)).toHaveAccessibleName(`库存预警，${before} 条未处理`);
    await alertButton(manager).click();
    await expect(centre).toBeHidden();

    // 5. The manager raises the reorder point of the SKU's category at the warehouse above what
    // its levels have available, and the list shows them running low.
    await manager.getByLabel('仓库/门店').selectOption({ label: WAREHOUSE });
    await manager.getByLabel('类目').selectOption({ label: category });
    const stock = manager.getByRole('table', { name: '库存水平' });
    await expect(stock.getByRole('row').filter({ hasText: sku })).toContainText(OUT);
    await expect
      .poll(async () => (await stockRows(stock)).every((row) => row.category === category))
      .toBe(true);
    const shown = await stockRows(stock);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.some((row) => row.status === LOW)).toBe(false);
    const raised = Math.max(...shown.map((row) => row.available)) + 1;

    await manager.getByRole('button', { name: '按品类设置阈值' }).click();
    const bulk = manager.getByRole('dialog', { name: '按品类设置阈值' });
    await expect(bulk.getByLabel('品类')).toHaveValue(category);
    await expect(bulk.getByRole('checkbox', { name: WAREHOUSE })).toBeChecked();
    await expect(bulk.getByRole('checkbox', { checked: true })).toHaveCount(1);
    await bulk.getByLabel('补货点').fill(String(raised));
    await bulk.getByRole('button', { name: '下一步' }).click();
    await expect(bulk.getByRole('status')).toContainText(`「${category}」在 1 个地点`);
    await bulk.getByRole('button', { name: '确认设置' }).click();
    await expect(manager.getByText(/^已更新 \d+ 个库存点$/)).toBeVisible();
    await expect(bulk).toBeHidden();

    await expect
      .poll(async () => {
        const now = new Map((await stockRows(stock)).map((row) => [row.sku, row.status]));
        return shown.filter((row) => row.status !== OUT && now.get(row.sku) === LOW).length;
      })
      .toBeGreaterThan(0);

    // 6. The warehouse sees no threshold controls on the stock list, and may adjust.
    await warehouse.goto('/inventory');
    const own = warehouse.getByRole('table', { name: '库存水平' });
    await expect(own.locator('tbody tr').first()).toBeVisible();
    await expect(warehouse.getByRole('button', { name: '按品类设置阈值' })).toHaveCount(0);
    await warehouse.getByLabel('搜索商品').fill(sku);
    await warehouse.getByLabel('搜索商品').press('Enter');
    await own.getByRole('button', { name: `${sku}（${WAREHOUSE}）的操作` }).click();
    const menu = warehouse.getByRole('menu');
    await expect(menu.getByRole('menuitem', { name: '变更记录' })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: '设置阈值' })).toHaveCount(0);
    await menu.getByRole('menuitem', { name: '调整库存' }).click();
    const adjust = warehouse.getByRole('dialog', { name: '调整库存' });
    await expect(adjust).toBeVisible();
    await adjust.getByRole('button', { name: '取消' }).click();
    await expect(adjust).toBeHidden();
  } finally {
    await Promise.all(opened.map((context) => context.close()));
    await release();
  }
});
