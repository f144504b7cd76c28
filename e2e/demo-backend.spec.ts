import { expect, test } from '@playwright/test';
import { apiFromPage, signIn } from './support';

test('the fault switch makes failures visible, and switching it off recovers', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/orders?faults=1');
  // Failed requests are retried twice with back-off before the page gives up and offers a retry.
  await expect(page.getByText('服务暂时不可用，请稍后再试。')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: '重试' }).first()).toBeVisible();

  await page.goto('/orders?faults=0&latency=0');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
});

test('demo changes survive a reload, and reset restores the seed', async ({ page }) => {
  await signIn(page, 'admin');
  const list = await apiFromPage(page, '/orders?status=pending_review&pageSize=1');
  const order = (list.body as { items: { id: string; number: string }[] }).items[0];
  await page.goto(`/orders/${order?.id}`);
  await page.getByRole('button', { name: '显示完整号码' }).click();
  await expect(page.getByText(/查看了客户完整手机号/).first()).toBeVisible();

  await page.reload();
  await expect(page.getByText(/查看了客户完整手机号/).first()).toBeVisible();

  await page.getByRole('button', { name: /用户菜单/ }).click();
  await page.getByRole('menuitem', { name: '重置演示数据' }).click();
  await page
    .getByRole('alertdialog', { name: '重置演示数据？' })
    .getByRole('button', { name: '重置' })
    .click();
  await expect(page.getByText('演示数据已重置')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(order?.number ?? '-');
  await expect(page.getByText(/查看了客户完整手机号/)).toHaveCount(0);
});
