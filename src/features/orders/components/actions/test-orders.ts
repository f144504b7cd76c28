import { OrderPage, type OrderSummary } from '@/api/contract/orders';
import { TEST_API_BASE, type DemoUsername } from '@/testing/render-app';
import { getMockServer } from '@/testing/mock-server';
import { present } from '@/testing/present';

/** Calls the mock backend's API as a demo user, as another person at another desk would. */
export async function apiAs(
  username: DemoUsername,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<Response> {
  const { token } = getMockServer().sessionFor(username);
  return fetch(`${TEST_API_BASE}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `Bearer ${token}`,
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** The first order in a status that the user can see. */
export async function firstOrder(username: DemoUsername, status: string): Promise<OrderSummary> {
  const response = await apiAs(username, `/orders?status=${status}&pageSize=1`);
  const page = OrderPage.parse(await response.json());
  return present(page.items[0], `an order in ${status} visible to ${username}`);
}

/** A 409 problem as the backend answers a stale version. */
export function versionConflictBody(name: string) {
  return {
    type: 'https://order-desk.example/problems/version-conflict',
    title: 'Version conflict',
    status: 409,
    code: 'version_conflict',
    detail: 'The order was changed since you loaded it',
    current: { version: 99, updatedAt: '2026-11-22T06:30:00Z', updatedBy: { id: 'u-x', name } },
  };
}

export const PROBLEM_HEADERS = { 'content-type': 'application/problem+json' };
