import { expect, test, type Locator, type Page, type Response } from '@playwright/test';
import { apiFromPage, signIn } from './support';

const NOT_FOUND = '找不到与这些信息匹配的订单，请检查订单号和联系方式';
const DAY_MS = 24 * 60 * 60 * 1000;

interface OrderSummary {
  id: string;
}
interface OrderDetail {
  id: string;
  customer: { locale: string };
  shipments: { trackingStatus: string; eta: string | null; events: unknown[] }[];
}

/**
 * A shipped order well on its way (delivery not due within a day, so its step does not move while
 * the test runs), of a customer who reads Simplified Chinese, so the page opens in the language
 * the test reads. Found through the API; the test then reads it off the order page as staff do.
 */
async function orderInTransit(page: Page): Promise<string> {
  const list = await apiFromPage(page, '/orders?status=shipped&pageSize=100');
  for (const { id } of (list.body as { items: OrderSummary[] }).items) {
    const order = (await apiFromPage(page, `/orders/${id}`)).body as OrderDetail;
    const parcel = order.shipments.at(-1);
    if (
      parcel?.trackingStatus === 'in_transit' &&
      parcel.events.length > 1 &&
      parcel.eta !== null &&
      Date.parse(parcel.eta) - Date.now() > DAY_MS &&
      order.customer.locale === 'zh-CN'
    ) {
      return order.id;
    }
  }
  throw new Error('no shipped order in transit among the first hundred');
}

/** The value (dd) a description list gives for a term (dt). */
function definitionOf(scope: Locator | Page, term: string): Locator {
  return scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

function isLookup(response: Response): boolean {
  return (
    response.request().method() === 'POST' &&
    new URL(response.url()).pathname.endsWith('/public/tracking')
  );
}

/** Sends the form and returns the backend's answer to it, as the browser received it. */
async function send(page: Page): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse(isLookup),
    page.getByRole('button', { name: '查询', exact: true }).click(),
  ]);
  return response;
}

test('a customer tracks an order on a phone; a wrong e-mail and an unknown order get one answer', async ({
  page,
}) => {
  // Staff: an order in transit, its number and the phone's last four digits from the order page.
  await signIn(page, 'admin');
  const orderId = await orderInTransit(page);
  await page.goto(`/orders/${orderId}`);
  const orderNumber = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  expect(orderNumber).toMatch(/^SO\d{13}$/);
  const maskedPhone = (await definitionOf(page, '手机').innerText()).trim();
  // Masked as 138****5678 (beside the button that reveals it): the last four digits stay readable.
  const last4 = /\*+(\d{4})/.exec(maskedPhone)?.[1];
  expect(last4, `last 4 digits in "${maskedPhone}"`).toMatch(/^\d{4}$/);

  // The customer, in the same browser, on a phone-sized screen.
  const customer = await page.context().newPage();
  await customer.setViewportSize({ width: 390, height: 844 });
  await customer.goto('/track');
  await expect(customer).toHaveTitle('订单物流查询');
  await customer.getByLabel('订单号').fill(orderNumber);
  await customer.getByLabel('手机号后4位').fill(last4 ?? '');
  const found = await send(customer);
  expect(found.status()).toBe(200);

  const heading = customer.getByRole('heading', { name: `订单 ${orderNumber}` });
  await expect(heading).toBeFocused();
  const progress = customer.getByRole('list', { name: '物流进度' });
  await expect(progress.getByRole('listitem')).toHaveCount(5);
  await expect(progress.locator('[aria-current="step"]')).toContainText('运输中');
  const events = customer.getByRole('region', { name: '物流动态' }).getByRole('listitem');
  expect(await events.count()).toBeGreaterThan(1);
  await expect(events.first()).toBeVisible();
  await expect(customer).toHaveURL(/\/track\?t=/);
  // Nothing is wider than the phone's screen.
  const overflow = await customer.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // A wrong e-mail for that order, then an order number that does not exist.
  await customer.getByRole('button', { name: '查询其他订单' }).click();
  await customer.getByLabel('订单号').fill(orderNumber);
  await customer.getByRole('radio', { name: '邮箱' }).check();
  await customer.getByLabel('邮箱地址').fill('not.the.customer@example.com');
  const wrongEmail = await send(customer);
  await expect(customer.getByRole('alert')).toHaveText(NOT_FOUND);

  await customer.getByLabel('订单号').fill('SO2099010100001');
  const unknownOrder = await send(customer);
  await expect(customer.getByRole('alert')).toHaveText(NOT_FOUND);

  expect(wrongEmail.status()).toBe(404);
  expect(unknownOrder.status()).toBe(wrongEmail.status());
  const [wrongBody, unknownBody] = await Promise.all([wrongEmail.body(), unknownOrder.body()]);
  expect(unknownBody.equals(wrongBody), 'byte-identical answers').toBe(true);
});
