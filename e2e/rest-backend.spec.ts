import { expect, test } from '@playwright/test';
import { signIn } from './support';

// The same production build, configured by config.json alone to talk to the Node mock server over HTTP.
test('the app works against a REST backend over real HTTP', async ({ page }) => {
  const config = (await (await page.request.get('/config.json')).json()) as {
    backend: string;
    apiBaseUrl: string;
  };
  expect(config.backend).toBe('rest');

  const apiRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(config.apiBaseUrl)) apiRequests.push(request.url());
  });
  await signIn(page, 'manager.east');
  await page.goto('/orders');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('tab', { name: /全部/ })).toBeVisible();
  expect(apiRequests.some((url) => url.includes('/orders'))).toBe(true);

  // No service worker stands in between: the mock worker is never loaded in this mode.
  const workers = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistrations()).length,
  );
  expect(workers).toBe(0);
});
