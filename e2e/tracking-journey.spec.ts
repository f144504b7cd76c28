import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './support';

const countIn = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

function queueTable(page: Page): Locator {
  return page.getByRole('table', { name: '需要处理的包裹' });
}

/** The number the navigation badge shows next to 物流异常 (0 when it is hidden). */
async function badgeCount(page: Page): Promise<number> {
  const link = page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: /^物流异常/ });
  return countIn((await link.textContent())?.replace('物流异常', '') ?? '');
}

/** The queue's stated total, "共 N 个包裹". */
async function queueTotal(page: Page): Promise<number> {
  return countIn(await page.getByText(/^共 [\d,]+ 个包裹$/).textContent());
}

/** Opens the row's 处理 menu and picks an action. Answers the order's number and page path. */
async function actOn(row: Locator, action: string): Promise<{ number: string; path: string }> {
  const link = row.getByRole('link').first();
  const number = (await link.textContent())?.trim() ?? '';
  const path = (await link.getAttribute('href')) ?? '';
  await row.getByRole('button', { name: `处理订单 ${number} 的包裹` }).click();
  await row.page().getByRole('menuitem', { name: action, exact: true }).click();
  return { number, path };
}

test('staff resolve a lost parcel by reshipping it and a delayed one by telling the customer', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: /^物流异常/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '物流异常' })).toBeVisible();
  const table = queueTable(page);
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const openAtStart = await queueTotal(page);
  expect(openAtStart).toBeGreaterThan(0);
  await expect.poll(() => badgeCount(page)).toBe(openAtStart);

  // A lost parcel: a replacement leaves from the same warehouse with a new SF waybill.
  await page.getByRole('tab', { name: /^异常/ }).click();
  await expect(page).toHaveURL(/kind=exception/);
  const lostRow = table.getByRole('row').filter({ hasText: '包裹遗失' }).first();
  await expect(lostRow).toBeVisible();
  // The 快递 / 运单号 cell: the carrier's name, then the waybill.
  const parcelCell = lostRow.getByRole('cell').nth(3);
  const lostWaybill = (await parcelCell.getByText(/^[A-Z0-9]{8,}$/).textContent()) ?? '';
  expect(lostWaybill).not.toBe('');
  const lost = await actOn(lostRow, '补发');
  const reship = page.getByRole('dialog', { name: '补发' });
  await reship.getByLabel('快递公司').selectOption('SF');
  const newWaybill = `SF${String(Date.now()).slice(-13).padStart(13, '0')}`;
  await reship.getByLabel('新运单号').fill(newWaybill);
  await reship.getByRole('button', { name: '补发', exact: true }).click();
  await expect(page.getByText(`订单 ${lost.number} 已补发，运单号 ${newWaybill}`)).toBeVisible();
  await expect(reship).toBeHidden();
  await expect(table.getByRole('link', { name: lost.number, exact: true })).toHaveCount(0);

  // A delayed parcel: the customer gets the 延误 message, by SMS.
  await page.getByRole('tab', { name: /^延误/ }).click();
  await expect(page).toHaveURL(/kind=delayed/);
  const delayedRow = table.getByRole('row').filter({ hasText: '延误' }).first();
  const delayed = await actOn(delayedRow, '联系客户');
  const contact = page.getByRole('dialog', { name: '联系客户' });
  await expect(contact.getByLabel('消息模板')).toHaveValue('delayed');
  await expect(contact.getByText(delayed.number).first()).toBeVisible();
  await contact.getByRole('button', { name: '发送', exact: true }).click();
  await expect(contact).toBeHidden();
  await expect(page.getByText(/^已通过短信联系 /)).toBeVisible();
  await expect(table.getByRole('link', { name: delayed.number, exact: true })).toHaveCount(0);

  await page.getByRole('tab', { name: /^全部/ }).click();
  await expect.poll(() => queueTotal(page)).toBe(openAtStart - 2);
  await expect.poll(() => badgeCount(page)).toBe(openAtStart - 2);

  // The delayed order's message log holds the message as sent: every placeholder filled.
  await page.goto(delayed.path);
  const log = page.getByRole('list', { name: '发给客户的消息' });
  const message = log.getByRole('listitem').filter({ hasText: '延误' }).first();
  await expect(message).toContainText(delayed.number);
  await expect(message).toContainText('/track?t=');
  await expect(message).toContainText(/[A-Z0-9]{10,}/);
  expect(await message.textContent()).not.toMatch(/\{\w+\}/);
  await expect(message).toContainText('短信');

  // The lost order lists the replacement and the parcel it replaced, also after a reload.
  await page.goto(lost.path);
  const parcels = page.getByRole('region', { name: '包裹' });
  await expect(parcels.getByText(`已被 ${newWaybill} 替换`)).toBeVisible();
  await expect(parcels.getByText(`补发，替换 ${lostWaybill}`)).toBeVisible();
  await expect(page.getByRole('region', { name: '订单动态' })).toContainText(
    `补发包裹：顺丰速运 ${newWaybill}`,
  );
  await page.reload();
  await expect(
    page.getByRole('region', { name: '包裹' }).getByText(`已被 ${newWaybill} 替换`),
  ).toBeVisible();
});
