import { expect, type Page } from '@playwright/test';

export const DEMO_USERS = ['store.sh', 'warehouse.sh', 'manager.east', 'admin'] as const;
export type DemoUser = (typeof DEMO_USERS)[number];

/** Signs in through the form, as a person would, and waits for the shell. */
export async function signIn(page: Page, username: DemoUser, path = '/'): Promise<void> {
  await page.goto(path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('demo');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
}

/** Calls the API from inside the page, so in mock mode the service worker answers like the real backend would. */
export async function apiFromPage(
  page: Page,
  path: string,
  init: { method?: string; token?: string | null; body?: unknown } = {},
): Promise<{ status: number; contentType: string; body: unknown }> {
  return page.evaluate(
    async ({ path, init }) => {
      const stored = localStorage.getItem('order-desk.session');
      const token =
        init.token === undefined
          ? ((JSON.parse(stored ?? 'null') as { state?: { session?: { token?: string } } } | null)
              ?.state?.session?.token ?? null)
          : init.token;
      const response = await fetch(`/api${path}`, {
        method: init.method ?? 'GET',
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: init.body ? JSON.stringify(init.body) : undefined,
      });
      const text = await response.text();
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        body: text ? (JSON.parse(text) as unknown) : null,
      };
    },
    { path, init },
  );
}
