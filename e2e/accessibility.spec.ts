import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { apiFromPage, signIn } from './support';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

test('sign-in has no accessibility violations', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  await expectNoViolations(page);
});

const ROUTES: { path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/orders',
    ready: (page) => expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible(),
  },
  {
    path: '/tracking/exceptions',
    ready: (page) => expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible(),
  },
  {
    path: '/shipping',
    ready: (page) => expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible(),
  },
  {
    path: '/inventory',
    ready: (page) => expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible(),
  },
  {
    path: '/analytics',
    // Every chart drawn (or empty): axe then sees the charts as a user meets them.
    ready: async (page) => {
      await expect(page.locator('[data-chart-state="ready"]').first()).toBeVisible();
      await expect(page.locator('[data-chart-state="loading"]')).toHaveCount(0);
    },
  },
  {
    path: '/settings',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    path: '/no-such-page',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
];

for (const route of ROUTES) {
  test(`${route.path} has no accessibility violations`, async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto(route.path);
    await route.ready(page);
    await expectNoViolations(page);
  });
}

test('the order page has no accessibility violations', async ({ page }) => {
  await signIn(page, 'admin');
  // A parcel in exception: its tracking, the attention it needs and the messages sent all show.
  const shipped = await apiFromPage(page, '/orders?status=shipped&hasException=true&pageSize=1');
  const order = (shipped.body as { items: { id: string; number: string }[] }).items[0];
  await page.goto(`/orders/${order?.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(order?.number ?? '-');
  await expectNoViolations(page);
});

test('the public tracking page has no accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/track');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});

test('the forbidden page has no accessibility violations', async ({ page }) => {
  await signIn(page, 'store.sh');
  await page.goto('/analytics');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});
