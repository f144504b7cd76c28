import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import {
  downloadedBytes,
  openFromSidebar,
  parseCsv,
  signIn,
  startsWithUtf8Bom,
  tableHeaderTexts,
  tableRowTexts,
  type DemoUser,
} from './support';

const CHART_TITLES = [
  '区域销售',
  '销售趋势',
  '省份销售',
  '门店排行',
  '品类占比',
  '订单漏斗',
  '付款到发货时长',
  '承运商表现',
] as const;
type ChartTitle = (typeof CHART_TITLES)[number];

const ALL_REGIONS = ['华东', '华南', '华北', '华中', '西南', '西北', '东北'];
/** The region the demo chain has no store in yet (mocks/seed/reference.ts); the others sell every month. */
const REGION_WITHOUT_STORES = '东北';

/** The sales tables' columns: name, GMV, order count. */
const NAME = 0;
const GMV = 1;
const ORDERS = 2;

const countOf = (text: string) => Number(text.replace(/,/g, ''));

function chart(page: Page, title: ChartTitle): Locator {
  return page
    .getByRole('region', { name: '图表', exact: true })
    .getByRole('region', { name: title, exact: true });
}

function filterBar(page: Page): Locator {
  return page.getByRole('search', { name: '筛选' });
}

async function openAnalytics(page: Page): Promise<void> {
  await openFromSidebar(page, '数据分析');
  await expect(page.getByRole('heading', { level: 1, name: '数据分析' })).toBeVisible();
}

/**
 * Every card has its numbers for the current filter: none loading, updating or failed, and each
 * card with numbers shows its chart.
 */
async function expectEveryChartDrawn(page: Page): Promise<void> {
  await expect(
    page.getByRole('region', { name: '图表', exact: true }).getByRole('region'),
  ).toHaveCount(CHART_TITLES.length);
  for (const title of CHART_TITLES) {
    const card = chart(page, title);
    await expect(card).toHaveAttribute('data-chart-state', /^(ready|empty)$/);
    await expect(card.getByRole('status')).toHaveCount(0);
    await expect(card.getByRole('alert')).toHaveCount(0);
    if ((await card.getAttribute('data-chart-state')) === 'ready') {
      const figure = card.getByRole('figure', { name: title });
      await expect(figure).toBeVisible();
      // The chart's drawing surface (recharts' keyboard layer) with its marks inside.
      await expect(figure.getByRole('application').first()).toBeVisible();
    }
  }
}

/** Switches a card to its table and reads it; the card is left in table view. */
async function readAsTable(page: Page, title: ChartTitle): Promise<string[][]> {
  const card = chart(page, title);
  const toggle = card.getByRole('button', { name: `表格视图（${title}）` });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const table = card.getByRole('table', { name: title });
  await expect(table.getByRole('cell').first()).toBeVisible();
  return tableRowTexts(table);
}

async function backToChart(page: Page, title: ChartTitle): Promise<void> {
  const card = chart(page, title);
  const toggle = card.getByRole('button', { name: `表格视图（${title}）` });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(card.getByRole('figure', { name: title })).toBeVisible();
}

/** Another person at another desk: a browser context of their own, signed in. */
async function signedInElsewhere(browser: Browser, user: DemoUser): Promise<Page> {
  const { baseURL, locale, timezoneId, viewport } = test.info().project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId, viewport });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

test('a regional manager reads the charts for one store, exports one, drills into its orders; an admin sees every region', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);

  // The manager opens the analytics and picks the last 30 days.
  await signIn(page, 'manager.east');
  await openAnalytics(page);
  await filterBar(page)
    .getByRole('combobox', { name: '统计周期' })
    .selectOption({ label: '近 30 天' });
  await expect(page.getByText(/（30 天），与前一个同长度周期/)).toBeVisible();
  await expectEveryChartDrawn(page);

  // Their region only: no region to choose, and the region chart has 华东 alone.
  await expect(filterBar(page).getByRole('combobox', { name: '区域' })).toHaveCount(0);
  const managerRegions = await readAsTable(page, '区域销售');
  expect(managerRegions.map((row) => row[NAME])).toEqual(['华东']);
  await backToChart(page, '区域销售');

  // The store with the most orders in the period, read off the store ranking, becomes the filter.
  const stores = await readAsTable(page, '门店排行');
  expect(stores.length).toBeGreaterThan(1);
  const busiest = stores.reduce((most, row) =>
    countOf(row[ORDERS] ?? '0') > countOf(most[ORDERS] ?? '0') ? row : most,
  );
  const store = busiest[NAME] ?? '';
  const storeOrders = busiest[ORDERS] ?? '';
  await backToChart(page, '门店排行');
  await filterBar(page).getByRole('combobox', { name: '门店' }).selectOption({ label: store });
  await expect(page).toHaveURL(/[?&]storeId=/);
  // The key figures follow the filter: the order count is the store's.
  await expect(
    page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: '订单数', exact: true }) })
      .getByText(storeOrders, { exact: true }),
  ).toBeVisible();
  await expectEveryChartDrawn(page);
  const ranking = await readAsTable(page, '门店排行');
  expect(ranking).toEqual([busiest]);
  await backToChart(page, '门店排行');

  // The province sales as a table: the store's province, with the store's orders.
  const provinces = await readAsTable(page, '省份销售');
  expect(provinces.length).toBeGreaterThan(0);
  const [largest] = provinces;
  const province = largest?.[NAME] ?? '';
  const provinceOrders = largest?.[ORDERS] ?? '';
  expect(provinceOrders).toBe(storeOrders);
  expect(largest?.[GMV]).toMatch(/^¥[\d,]+\.\d{2}$/);

  // Its CSV is the table, cell for cell, with translated headers and the byte order mark Excel needs.
  const provinceCard = chart(page, '省份销售');
  const downloading = page.waitForEvent('download');
  await provinceCard.getByRole('button', { name: '导出 CSV（省份销售）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^省份销售_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const bytes = await downloadedBytes(download);
  expect(startsWithUtf8Bom(bytes)).toBe(true);
  const [header, ...csvRows] = parseCsv(bytes.toString('utf8'));
  const provinceTable = provinceCard.getByRole('table', { name: '省份销售' });
  expect(header).toEqual(['省份', '成交额', '订单数']);
  expect(header).toEqual(await tableHeaderTexts(provinceTable));
  expect(csvRows).toEqual(provinces);

  // Back on the chart, the largest province's bar tells the same count, and opens its orders.
  await backToChart(page, '省份销售');
  const figure = provinceCard.getByRole('figure', { name: '省份销售' });
  // A bar has no accessible handle of its own (recharts draws plain SVG paths, and its keyboard
  // layer moves the tooltip without clicking), so the pointer finds it by recharts' class.
  const bar = figure.locator('.recharts-bar-rectangle').first();
  await bar.hover();
  await expect(figure.getByRole('term').filter({ hasText: '订单数' })).toBeVisible();
  await expect(figure.getByRole('definition').nth(1)).toHaveText(provinceOrders);
  await bar.click();

  await expect(page).toHaveURL(/\/orders\?/);
  const drilled = new URL(page.url()).searchParams;
  expect(drilled.get('province')).toBe(province);
  expect(drilled.get('storeId')).toBeTruthy();
  await expect(page.getByRole('list', { name: '当前筛选' })).toContainText(`省份:${province}`);
  await expect(page.getByText(`共 ${provinceOrders} 个订单`, { exact: true })).toBeVisible();

  // The admin, at their own desk, may choose any of the seven regions and sees the sales of all
  // seven: the chain has no store in 东北 yet, so it reads zero, and choosing it shows no orders.
  const admin = await signedInElsewhere(browser, 'admin');
  await openAnalytics(admin);
  const regionFilter = filterBar(admin).getByRole('combobox', { name: '区域' });
  await expect(regionFilter.getByRole('option')).toHaveText(['全部区域', ...ALL_REGIONS]);
  await expectEveryChartDrawn(admin);
  const adminRegions = await readAsTable(admin, '区域销售');
  expect(adminRegions.map((row) => row[NAME]).sort()).toEqual([...ALL_REGIONS].sort());
  for (const row of adminRegions) {
    const orders = countOf(row[ORDERS] ?? '0');
    if (row[NAME] === REGION_WITHOUT_STORES) expect(orders).toBe(0);
    else expect(orders).toBeGreaterThan(0);
  }
  await regionFilter.selectOption({ label: REGION_WITHOUT_STORES });
  await expect(chart(admin, '区域销售')).toHaveAttribute('data-chart-state', 'empty');
  await expect(chart(admin, '区域销售').getByText('这个周期没有订单')).toBeVisible();
  await admin.context().close();
});
