import { expect, test } from '@playwright/test';
import { signIn, type DemoUser } from './support';

/** The parcel-exceptions entry ends with its badge, the number of parcels waiting (when any). */
const TRACKING = /^物流异常\s*(\d+|99\+)?$/;

const NAVIGATION: Record<DemoUser, (string | RegExp)[]> = {
  'store.sh': ['订单', '待审核队列', TRACKING],
  'warehouse.sh': ['发货', '配货', '录入运单', TRACKING, '库存', '库存预警', '补货建议'],
  'manager.east': [
    '订单',
    '待审核队列',
    TRACKING,
    '库存',
    '库存预警',
    '补货建议',
    '数据分析',
    '设置',
  ],
  admin: [
    '订单',
    '待审核队列',
    TRACKING,
    '发货',
    '配货',
    '录入运单',
    '库存',
    '库存预警',
    '补货建议',
    '数据分析',
    '设置',
  ],
};

for (const [username, areas] of Object.entries(NAVIGATION) as [DemoUser, (string | RegExp)[]][]) {
  test(`${username} signs in and sees exactly their navigation`, async ({ page }) => {
    await signIn(page, username);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link')).toHaveText(areas);
    // Lands on the first area of the role.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test('a user is kept out of an area their role may not use', async ({ page }) => {
  await signIn(page, 'store.sh');
  await page.goto('/analytics');
  await expect(page.getByRole('heading', { level: 1, name: '无权访问' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '数据分析' }),
  ).toHaveCount(0);
});
