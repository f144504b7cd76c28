import { expect, test } from '@playwright/test';
import { signIn } from './support';

test('the session survives a reload and ends with sign-out', async ({ page }) => {
  await signIn(page, 'manager.east');
  await page.goto('/inventory');
  await expect(page.getByRole('heading', { level: 1, name: '库存' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '库存' })).toBeVisible();
  await expect(page).toHaveURL(/\/inventory$/);

  await page.getByRole('button', { name: /用户菜单/ }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/inventory');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Finventory/);
});

test('an expired session returns to sign-in, then back to the page the user was on', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.goto('/orders?status=shipped');
  await expect(page.getByRole('tab', { name: /已发货/, selected: true })).toBeVisible();

  // The server no longer accepts the token (as after its expiry); the next request gets 401.
  await page.evaluate(() => {
    const key = 'order-desk.session';
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as {
      state: { session: { token: string } };
    };
    stored.state.session.token = `${stored.state.session.token}x`;
    localStorage.setItem(key, JSON.stringify(stored));
  });
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByText('登录已过期')).toBeVisible();

  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill('demo');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL(/\/orders\?status=shipped$/);
  await expect(page.getByRole('tab', { name: /已发货/, selected: true })).toBeVisible();
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '用户名或密码错误' })).toBeVisible();
});
