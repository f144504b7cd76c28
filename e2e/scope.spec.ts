import { expect, test } from '@playwright/test';
import { apiFromPage, signIn } from './support';

interface OrderPage {
  items: { id: string; storeId: string; number: string }[];
  total: number;
}

test('store staff never see another store\u2019s orders, and the API refuses them with 403', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const everything = await apiFromPage(page, '/orders?pageSize=200');
  const adminOrders = (everything.body as OrderPage).items;

  await page.getByRole('button', { name: /用户菜单/ }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await signIn(page, 'store.sh');

  const own = await apiFromPage(page, '/orders?pageSize=200');
  expect(own.status).toBe(200);
  const ownOrders = (own.body as OrderPage).items;
  const ownStore = ownOrders[0]?.storeId;
  expect(ownStore).toBeTruthy();
  expect(new Set(ownOrders.map((o) => o.storeId))).toEqual(new Set([ownStore]));

  const foreign = adminOrders.find((o) => o.storeId !== ownStore);
  expect(foreign).toBeDefined();
  const refused = await apiFromPage(page, `/orders/${foreign?.id}`);
  expect(refused.status).toBe(403);
  expect(refused.contentType).toContain('application/problem+json');
  expect(refused.body).toMatchObject({ status: 403, code: 'out_of_scope' });

  // The page says so too, instead of showing the order.
  await page.goto(`/orders/${foreign?.id}`);
  await expect(page.getByText(foreign?.number ?? '-')).toHaveCount(0);
  await expect(
    page
      .getByRole('alert')
      .or(page.getByRole('heading', { name: /无权|权限/ }))
      .first(),
  ).toBeVisible();

  // And the list shows only the own store's orders.
  await page.goto('/orders');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('table').getByText(foreign?.number ?? '-')).toHaveCount(0);
});

test('requests without a valid token get 401 problem+json', async ({ page }) => {
  await page.goto('/sign-in');
  // The demo accounts come from the mock backend: once they show, it answers requests.
  await expect(page.getByRole('button', { name: /身份登录/ }).first()).toBeVisible();
  const anonymous = await apiFromPage(page, '/orders', { token: null });
  expect(anonymous.status).toBe(401);
  expect(anonymous.contentType).toContain('application/problem+json');
  expect(anonymous.body).toMatchObject({ code: 'unauthenticated' });
});
