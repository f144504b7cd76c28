import { expect, test, type Locator, type Page } from '@playwright/test';
import { s10CheckDigit } from '../src/domain/waybill/checksums';
import { newWaybill, openFromSidebar, signIn } from './support';

const WAREHOUSE = '上海青浦仓';
const ORDER_NUMBER = /SO\d{13}/;
const SCAN_DELAY_MS = 3;
const EMS_NAME = '中国邮政 EMS';

function orderNumberIn(text: string): string {
  const number = ORDER_NUMBER.exec(text)?.[0];
  if (!number) throw new Error(`no order number in: ${text}`);
  return number;
}

/** An EMS international number (UPU S10) with the right check digit, and the same one misread. */
function s10Pair(): { valid: string; misread: string } {
  const serial = String(Date.now() % 100_000_000).padStart(8, '0');
  const digit = s10CheckDigit(serial);
  return {
    valid: `EA${serial}${digit}CN`,
    misread: `EA${serial}${(digit + 1) % 10}CN`,
  };
}

/** A scan gun: characters a few milliseconds apart, then Enter. */
async function scan(page: Page, waybill: string): Promise<void> {
  await page.keyboard.type(waybill, { delay: SCAN_DELAY_MS });
  await page.keyboard.press('Enter');
}

/** The value (dd) a description list gives for a term (dt). */
function definitionOf(scope: Locator, term: string): Locator {
  return scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

interface GridRow {
  number: string;
  carrier: string;
  input: Locator;
  row: Locator;
}

/** The first `count` rows of the waybill grid: order number, the carrier its select shows, its input. */
async function gridRows(page: Page, count: number): Promise<GridRow[]> {
  const grid = page.getByRole('table', { name: '待录入运单号的订单' });
  await expect(grid.locator('tbody tr').nth(count - 1)).toBeVisible();
  const rows: GridRow[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = grid.locator('tbody tr').nth(index);
    const number = orderNumberIn(await row.locator('td').first().innerText());
    const carrier = await row.getByLabel(`订单 ${number} 的快递公司`).inputValue();
    rows.push({
      number,
      carrier,
      input: grid.getByLabel(`订单 ${number} 的运单号`),
      row: grid.getByRole('row').filter({ has: page.getByLabel(`订单 ${number} 的运单号`) }),
    });
  }
  return rows;
}

/**
 * Two rows (apart from `skip`) whose parcels go by the same carrier, the later as far down as
 * possible; when every carrier differs, the later row is switched to the earlier one's carrier.
 */
async function doubleScanRows(
  page: Page,
  rows: GridRow[],
  skip: number,
): Promise<[number, number]> {
  for (let later = rows.length - 1; later > 0; later -= 1) {
    for (let earlier = 0; earlier < later; earlier += 1) {
      if (earlier === skip || later === skip) continue;
      if (rows[earlier]?.carrier === rows[later]?.carrier) return [earlier, later];
    }
  }
  const [earlier, later] = [skip === 2 ? 1 : 2, skip === 7 ? 8 : 7];
  const switched = rows[later] as GridRow;
  switched.carrier = rows[earlier]?.carrier ?? '';
  await page.getByLabel(`订单 ${switched.number} 的快递公司`).selectOption(switched.carrier);
  return [earlier, later];
}

test('the warehouse allocates five orders, prints their pick list, scans ten waybills and ships them', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, 'warehouse.sh', '/shipping/allocate?state=suggested');

  // 1. Allocation: four suggestions for this warehouse accepted in bulk, one order moved here by hand.
  const list = page.getByRole('table', { name: '待配货订单' });
  await expect(list.locator('tbody tr').first()).toBeVisible();
  const suggestedHere = list.locator('tbody tr', { hasText: WAREHOUSE });
  await expect(suggestedHere.nth(3)).toBeVisible();
  const accepted: string[] = [];
  for (let index = 0; index < 4; index += 1)
    accepted.push(orderNumberIn(await suggestedHere.nth(index).innerText()));
  for (const number of accepted)
    await list.getByRole('checkbox', { name: `选择订单 ${number}` }).check();
  await expect(page.getByText('已选 4 单')).toBeVisible();
  await page.getByRole('button', { name: '接受建议（4 单）' }).click();
  await expect(page.getByText('已按建议配货 4 单')).toBeVisible();
  for (const number of accepted)
    await expect(list.getByRole('checkbox', { name: `选择订单 ${number}` })).toHaveCount(0);

  // An order suggested elsewhere that this warehouse can fulfil too: "Change…" sends it here.
  const suggestedElsewhere = list.locator('tbody tr').filter({ hasNotText: WAREHOUSE });
  const change = page.getByRole('dialog', { name: '更改发货地点' });
  let overridden: string | null = null;
  for (let index = 0; index < 5 && !overridden; index += 1) {
    const number = orderNumberIn(await suggestedElsewhere.nth(index).innerText());
    await list.getByRole('button', { name: `更改订单 ${number} 的发货地点` }).click();
    await expect(change.getByText(`订单 ${number}：`)).toBeVisible();
    const here = change.getByRole('radio', { name: WAREHOUSE });
    if (await here.isEnabled()) {
      await here.check();
      await change.getByRole('button', { name: '配货', exact: true }).click();
      overridden = number;
    } else {
      await change.getByRole('button', { name: '取消' }).click();
    }
    await expect(change).toBeHidden();
  }
  if (!overridden) throw new Error(`no order suggested elsewhere can be fulfilled by ${WAREHOUSE}`);
  await expect(
    page.getByText(new RegExp(`订单 ${overridden} 已配货至 ${WAREHOUSE}`)),
  ).toBeVisible();
  await expect(list.getByRole('button', { name: `更改订单 ${overridden} 的发货地点` })).toHaveCount(
    0,
  );
  const allocated = [...accepted, overridden];

  // 2. The pick list of the five, from the notice that follows allocating.
  await expect(page.getByText(`刚配货至 ${WAREHOUSE} 5 单`)).toBeVisible();
  await page.getByRole('link', { name: `打印 ${WAREHOUSE} 的拣货单` }).click();
  const sheet = page.getByRole('region', { name: '拣货单' });
  await expect(sheet.getByText(`${WAREHOUSE}（`)).toBeVisible();
  await expect(definitionOf(sheet, '订单数')).toHaveText('5');
  const skuTable = sheet.getByRole('table', { name: '按品类和 SKU 汇总的拣货数量' });
  await expect(skuTable.getByRole('row').nth(2)).toBeVisible();
  const totals = /(\d+) 个 SKU，共 (\d+) 件/.exec(await definitionOf(sheet, '合计').innerText());
  expect(totals).not.toBeNull();
  const slips = page.getByRole('article', { name: '装箱单' });
  await expect(slips).toHaveCount(5);
  let slipUnits = 0;
  for (const number of allocated) {
    const slip = slips.filter({ has: page.getByRole('img', { name: `订单号条码 ${number}` }) });
    await expect(slip).toBeVisible();
    const units = await slip
      .getByRole('table', { name: `订单 ${number} 的商品` })
      .locator('tfoot td')
      .innerText();
    slipUnits += Number(units);
  }
  // The shelves give what the parcels hold: the pick list's units are the slips' units summed.
  expect(Number(totals?.[2])).toBe(slipUnits);

  // 3. The waybill grid: ten parcels scanned one after another.
  await openFromSidebar(page, '录入运单');
  await expect(page.getByRole('tab', { name: '表格录入', selected: true })).toBeVisible();
  const rows = await gridRows(page, 11);
  const waybills = rows.slice(0, 10).map((row) => newWaybill(row.carrier));
  // Row 4's parcel goes by EMS with an international number, misread by one digit. One parcel's
  // label is scanned again into a later row of the same carrier (a double scan).
  const ems = s10Pair();
  const misread = rows[3] as GridRow;
  await misread.row.getByLabel(`订单 ${misread.number} 的快递公司`).selectOption('EMS');
  waybills[3] = ems.misread;
  const [originalAt, duplicateAt] = await doubleScanRows(page, rows.slice(0, 10), 3);
  const original = rows[originalAt] as GridRow;
  const duplicate = rows[duplicateAt] as GridRow;
  waybills[duplicateAt] = waybills[originalAt] ?? '';

  await rows[0]?.input.click();
  for (let index = 0; index < 10; index += 1) {
    const row = rows[index] as GridRow;
    await expect(row.input).toBeFocused();
    await scan(page, waybills[index] ?? '');
    // Enter moves on by itself: the next scan lands in the next row.
    await expect(rows[index + 1]?.input as Locator).toBeFocused();
  }
  for (const [index, row] of rows.slice(0, 10).entries())
    await expect(row.input).toHaveValue(waybills[index] ?? '');

  await expect(misread.row.getByText('校验位不对，请重扫或核对单号')).toBeVisible();
  for (const row of [original, duplicate])
    await expect(row.row.getByText('这个单号在本批里出现了两次')).toBeVisible();
  await expect(page.getByText('这个单号在本批里出现了两次')).toHaveCount(2);
  await expect(page.getByText('3 条有错误，不会发货')).toBeVisible();
  await expect(page.getByRole('button', { name: '发货 7 单' })).toBeEnabled();

  // The duplicate: the right parcel label is scanned into that row again.
  waybills[duplicateAt] = newWaybill(duplicate.carrier);
  await duplicate.input.selectText();
  await scan(page, waybills[duplicateAt] ?? '');
  await expect(page.getByText('这个单号在本批里出现了两次')).toHaveCount(0);
  await expect(page.getByText('1 条有错误，不会发货')).toBeVisible();

  // The misread number: "go to the first error", then scan again.
  await page.getByRole('button', { name: '转到第一条错误' }).click();
  await expect(misread.input).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  waybills[3] = ems.valid;
  await scan(page, ems.valid);
  await expect(misread.row.getByText('校验位不对，请重扫或核对单号')).toHaveCount(0);
  await expect(page.getByText(/条有错误，不会发货/)).toHaveCount(0);

  await page.getByRole('button', { name: '发货 10 单' }).click();
  await expect(page.getByText('10 已发货，0 条需要修改')).toBeVisible({ timeout: 60_000 });
  for (const row of rows.slice(0, 10)) await expect(row.input).toHaveCount(0);
  await expect(rows[10]?.input as Locator).toBeVisible();

  // On the overview's 已发货 tab, each order is found by its waybill.
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '发货', exact: true })
    .click();
  await page.getByRole('tab', { name: '已发货' }).click();
  const shipped = page.getByRole('table', { name: '已发货订单' });
  const search = page.getByRole('searchbox', { name: '搜索已发货订单' });
  for (const [index, row] of rows.slice(0, 10).entries()) {
    const waybill = waybills[index] ?? '';
    await search.fill(waybill);
    await search.press('Enter');
    const found = shipped.locator('tbody tr', { hasText: row.number });
    await expect(found).toContainText(waybill);
    await expect(shipped.locator('tbody tr')).toHaveCount(1);
    if (index === 3) await expect(found).toContainText(EMS_NAME);
  }
});

test('a reload in the middle of a draft brings it back, and discarding it empties the grid', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, 'warehouse.sh', '/shipping/waybills');
  const rows = await gridRows(page, 4);
  const waybills = rows.slice(0, 3).map((row) => newWaybill(row.carrier));
  await rows[0]?.input.click();
  for (const [index, waybill] of waybills.entries()) {
    await scan(page, waybill);
    await expect(rows[index + 1]?.input as Locator).toBeFocused();
  }
  await expect(page.getByRole('button', { name: '发货 3 单' })).toBeEnabled();

  await page.reload();
  await expect(page.getByText('已恢复未提交的草稿（3 条）')).toBeVisible();
  for (const [index, waybill] of waybills.entries())
    await expect(rows[index]?.input as Locator).toHaveValue(waybill);
  await expect(page.getByRole('button', { name: '发货 3 单' })).toBeEnabled();

  const notice = page.getByRole('status').filter({ hasText: '已恢复未提交的草稿' });
  await notice.getByRole('button', { name: '放弃草稿' }).click();
  const confirm = page.getByRole('alertdialog', { name: '放弃草稿？' });
  await expect(confirm.getByText('已录入的 3 个运单号会被清除，无法恢复。')).toBeVisible();
  await confirm.getByRole('button', { name: '放弃草稿' }).click();
  await expect(page.getByText('已恢复未提交的草稿')).toHaveCount(0);
  for (const row of rows.slice(0, 3)) await expect(row.input).toHaveValue('');

  // Nothing comes back after the next reload either.
  await page.reload();
  await expect(rows[0]?.input as Locator).toBeVisible();
  await expect(page.getByText('已恢复未提交的草稿')).toHaveCount(0);
  for (const row of rows.slice(0, 3)) await expect(row.input).toHaveValue('');
});
