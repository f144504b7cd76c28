import { expect, test, type Page } from '@playwright/test';
import { apiFromPage, signIn } from './support';

const OWN_STORE = '上海南京西路店';
const ORDER_NUMBER = /SO\d{13}/;

async function selectedInQueue(page: Page): Promise<string> {
  const selected = page
    .getByRole('listbox', { name: '待审核订单' })
    .locator('[role="option"][aria-selected="true"]');
  const text = await selected.innerText();
  const number = ORDER_NUMBER.exec(text)?.[0];
  if (!number) throw new Error(`no order number in the selected queue entry: ${text}`);
  // A person reads the order before deciding: its details and actions are on screen.
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(number) })).toBeVisible();
  return number;
}

async function expectGoneFromQueue(page: Page, number: string): Promise<void> {
  await expect(
    page.getByRole('listbox', { name: '待审核订单' }).getByRole('option', { name: number }),
  ).toHaveCount(0);
}

/** Finds an order from the header search by its number or waybill, and waits for its page. */
async function openOrder(page: Page, query: string, number = query): Promise<void> {
  const search = page.getByRole('searchbox', { name: '按订单号或运单号查找订单' });
  await search.fill(query);
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(number);
}

test('store staff reviews by keyboard, tags in bulk, finds an order by waybill, and it all stays after a reload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'store.sh', '/orders/review');
  const queue = page.getByRole('listbox', { name: '待审核订单' });
  await expect(queue.getByRole('option').first()).toBeVisible();
  await expect(queue.locator('[role="option"][aria-selected="true"]')).toHaveCount(1);

  // Three approvals with the "a" key: each approved order leaves the queue and the next is selected.
  const approved: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const number = await selectedInQueue(page);
    await page.keyboard.press('a');
    await expectGoneFromQueue(page, number);
    approved.push(number);
  }

  // Hold with a reason: "h" opens the reason picker, the keyboard fills it in.
  const held = await selectedInQueue(page);
  await page.keyboard.press('h');
  const holdDialog = page.getByRole('dialog', { name: '挂起订单' });
  await expect(holdDialog.getByLabel('原因')).toBeFocused();
  await holdDialog.getByLabel('原因').selectOption({ label: '地址有问题' });
  await holdDialog.getByLabel('备注').fill('门牌号缺失，已联系客户');
  await holdDialog.getByRole('button', { name: '挂起', exact: true }).press('Enter');
  await expect(holdDialog).toBeHidden();
  await expectGoneFromQueue(page, held);

  // Reject with a reason.
  const rejected = await selectedInQueue(page);
  await page.keyboard.press('r');
  const rejectDialog = page.getByRole('dialog', { name: '审核拒绝' });
  await rejectDialog.getByLabel('原因').selectOption({ label: '重复下单' });
  await rejectDialog.getByRole('button', { name: '拒绝并取消' }).press('Enter');
  await expect(rejectDialog).toBeHidden();
  await expectGoneFromQueue(page, rejected);

  // Tag two of the approved orders in bulk from the list.
  await page.goto('/orders?status=approved');
  const table = page.getByRole('table');
  for (const number of approved.slice(0, 2)) {
    await table.getByRole('checkbox', { name: `选择订单 ${number}` }).check();
  }
  await expect(page.getByText('已选 2 个订单')).toBeVisible();
  await page.getByRole('group', { name: '批量操作' }).getByRole('button', { name: '标签' }).click();
  const tagDialog = page.getByRole('dialog', { name: /为 2 个订单/ });
  await tagDialog.getByRole('group', { name: /VIP/ }).getByRole('radio', { name: '添加' }).check();
  await tagDialog.getByRole('button', { name: '应用' }).click();
  const results = page.getByRole('dialog', { name: '批量标签结果' });
  await expect(results.getByText('2 个成功，0 个失败')).toBeVisible();
  await results.getByRole('button', { name: '关闭' }).first().click();

  // Another store's orders never appear: every row of the list is the own store's.
  await page.goto('/orders');
  await expect(page.getByRole('tab', { name: /全部/, selected: true })).toBeVisible();
  await expect(table).toHaveAttribute('aria-busy', 'false');
  await expect(table.locator('tbody tr').nth(20)).toBeVisible();
  const rows = await table.locator('tbody tr').count();
  await expect(table.locator('tbody tr', { hasText: OWN_STORE })).toHaveCount(rows);

  // Find a shipped order by its waybill from the header search.
  const shipped = await apiFromPage(page, '/orders?status=shipped&pageSize=1');
  const parcel = (shipped.body as { items: { number: string; waybill: string | null }[] }).items[0];
  expect(parcel?.waybill).toBeTruthy();
  await openOrder(page, parcel?.waybill ?? '', parcel?.number);

  // The actions are in each order's timeline, and still there after a reload.
  const timelineOf = (p: Page) => p.getByRole('region', { name: '订单动态' });
  await openOrder(page, approved[0] ?? '');
  for (let pass = 0; pass < 2; pass += 1) {
    await expect(timelineOf(page).getByText('张敏审核通过')).toBeVisible();
    await expect(timelineOf(page).getByText('张敏添加标签「VIP」')).toBeVisible();
    if (pass === 0) await page.reload();
  }
  await openOrder(page, held);
  await expect(timelineOf(page).getByText('张敏挂起订单：地址有问题')).toBeVisible();
  await openOrder(page, rejected);
  await expect(timelineOf(page).getByText('张敏审核拒绝：重复下单')).toBeVisible();

  await page.reload();
  await expect(timelineOf(page).getByText('张敏审核拒绝：重复下单')).toBeVisible();
  await page.goto('/orders/review');
  await expect(queue.getByRole('option').first()).toBeVisible();
  for (const number of [...approved, held, rejected]) await expectGoneFromQueue(page, number);
  const entries = await queue.getByRole('option').count();
  await expect(queue.getByRole('option', { name: new RegExp(OWN_STORE) })).toHaveCount(entries);
});
