import { expect, test } from '@playwright/test';
import { apiFromPage, signIn } from './support';

test('the locale switch changes the UI language and is remembered', async ({ page }) => {
  await signIn(page, 'admin');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '订单' })).toBeVisible();

  await page.getByRole('button', { name: /切换语言/ }).click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  const englishNav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(englishNav.getByRole('link', { name: 'Orders' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: /Change language/ }).click();
  await page.getByRole('menuitemradio', { name: '繁體中文' }).click();
  await expect(
    page.getByRole('navigation', { name: '主導覽' }).getByRole('link', { name: '訂單' }),
  ).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
});

test('the header search jumps to an order by its number and by its waybill', async ({ page }) => {
  await signIn(page, 'admin');
  const shipped = await apiFromPage(page, '/orders?status=shipped&pageSize=1');
  const order = (
    shipped.body as { items: { id: string; number: string; waybill: string | null }[] }
  ).items[0];
  expect(order?.waybill).toBeTruthy();

  const search = page.getByRole('searchbox', { name: '按订单号或运单号查找订单' });
  await search.fill(order?.number ?? '');
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/orders/${order?.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(order?.number ?? '-');

  await page.goto('/orders');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await search.fill(order?.waybill ?? '');
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/orders/${order?.id}$`));

  await search.fill('SO0000000000000');
  await search.press('Enter');
  await expect(page.getByText('没有订单号或运单号为“SO0000000000000”的订单')).toBeVisible();
});
