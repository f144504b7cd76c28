import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ExceptionItem } from '@/api/contract/tracking';
import { mockServer } from '@/testing/mock-server';
import { present } from '@/testing/present';
import { renderApp, TEST_API_BASE } from '@/testing/render-app';
import {
  COLUMN,
  backendAsUser,
  badgeCount,
  chooseAction,
  eventually,
  parcelRows,
  rowsLoaded,
} from './test-queue';

const ROUTE = '/tracking/exceptions';

/** Opens the queue as a manager (every resolution but none outside the east region). */
async function openQueue() {
  const app = await renderApp({ route: ROUTE, as: 'manager.east' });
  await rowsLoaded();
  const page = await backendAsUser().listTrackingExceptions({ query: {} });
  return { ...app, page, backend: backendAsUser() };
}

function pick(items: readonly ExceptionItem[], wanted: (item: ExceptionItem) => boolean) {
  return present(items.find(wanted), 'a parcel for this test in the seed');
}

const orderNumbersShown = () => parcelRows().map((cells) => cells[COLUMN.order]);

describe('resolving a parcel', () => {
  it('marks it resolved with a required note: the row leaves, the badge drops, the timeline tells', async () => {
    const keys: (string | null)[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && request.url.includes('/resolutions'))
        keys.push(request.headers.get('Idempotency-Key'));
    };
    mockServer().events.on('request:start', listener);
    onTestFinished(() => mockServer().events.removeListener('request:start', listener));
    const { user, page, backend } = await openQueue();
    const before = await badgeCount();
    const item = pick(page.items, () => true);

    const dialog = await chooseAction(user, item.orderNumber, '标记已处理');
    const note = await within(dialog).findByRole('textbox', { name: /处理说明/ });
    await eventually(() => expect(note).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: '标记已处理' }));
    expect(within(dialog).getByText('请写下处理说明')).toBeInTheDocument();

    await user.type(note, '已电话联系快递公司，包裹明天派送');
    await user.click(within(dialog).getByRole('button', { name: '标记已处理' }));

    expect(
      await screen.findByText(`订单 ${item.orderNumber} 的包裹已标记为已处理`),
    ).toBeInTheDocument();
    await eventually(() => expect(screen.queryByRole('dialog')).toBeNull());
    await eventually(() => expect(orderNumbersShown()).not.toContain(item.orderNumber));
    await eventually(async () => expect(await badgeCount()).toBe(before - 1));
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/\S{8,}/);

    const order = await backend.getOrder({ params: { id: item.orderId } });
    const last = present(order.timeline.at(-1), 'a timeline event');
    expect(last.kind).toBe('exception_resolved');
    expect(last.data.note).toBe('已电话联系快递公司，包裹明天派送');
  });

  it('contacts the customer with a preview of the exact message; the message is logged', async () => {
    const { user, page, backend } = await openQueue();
    const item = pick(page.items, (candidate) => candidate.kinds[0] === 'delayed');

    const dialog = await chooseAction(user, item.orderNumber, '联系客户');
    const template = await within(dialog).findByRole('combobox', { name: '消息模板' });
    expect(template).toHaveDisplayValue('延误');
    const preview = await within(dialog).findByRole('region', { name: /^预览/ });
    await eventually(() => expect(preview).toHaveTextContent(item.orderNumber));
    expect(preview).toHaveTextContent(item.waybill);
    expect(preview).toHaveTextContent('（发送时生成的跟踪链接）');
    expect(preview.textContent).not.toMatch(/\{\w+\}/);

    await user.click(within(dialog).getByRole('button', { name: '发送' }));
    expect(await screen.findByText(/^已通过短信联系 /)).toBeInTheDocument();
    await eventually(() => expect(orderNumbersShown()).not.toContain(item.orderNumber));

    const log = await backend.listOrderNotifications({ params: { id: item.orderId } });
    const sent = present(
      log.items.find((entry) => entry.trigger === 'staff'),
      'the message staff sent',
    );
    expect(sent).toMatchObject({ kind: 'delayed', channel: 'sms' });
    expect(sent.body).toContain(item.orderNumber);
    expect(sent.body).not.toMatch(/\{\w+\}/);
  });

  it('reships with the waybill checked as typed; the order gets a new parcel', async () => {
    const { user, page, backend } = await openQueue();
    const item = pick(page.items, (candidate) => candidate.canReship);
    const order = await backend.getOrder({ params: { id: item.orderId } });

    const dialog = await chooseAction(user, item.orderNumber, '补发');
    const lines = await within(dialog).findByRole('region', { name: '将重新发出的商品' });
    for (const line of order.lines)
      expect(lines).toHaveTextContent(`${line.name} × ${line.quantity}`);
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: '快递公司' }),
      '顺丰速运',
    );

    const waybill = within(dialog).getByRole('textbox', { name: /新运单号/ });
    await user.type(waybill, 'YT1234567890123');
    expect(within(dialog).getByText(/^需要修改：/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '补发' }));
    expect(screen.queryByText(/已补发/)).toBeNull();

    await user.clear(waybill);
    await user.type(waybill, 'SF1357924680135');
    expect(within(dialog).queryByText(/^需要修改：/)).toBeNull();
    expect(within(dialog).getByText(/^请留意：/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '补发' }));

    expect(
      await screen.findByText(`订单 ${item.orderNumber} 已补发，运单号 SF1357924680135`),
    ).toBeInTheDocument();
    await eventually(() => expect(orderNumbersShown()).not.toContain(item.orderNumber));
    const after = await backend.getOrder({ params: { id: item.orderId } });
    expect(after.shipments.at(-1)).toMatchObject({ carrier: 'SF', waybill: 'SF1357924680135' });
    expect(after.timeline.at(-1)?.kind).toBe('reshipped');
  });

  it('names the product and what is left when a replacement runs short of stock', async () => {
    const { user, page } = await openQueue();
    const item = pick(page.items, (candidate) => candidate.canReship);
    mockServer().use(
      http.post(`${TEST_API_BASE}/orders/:id/shipments/:shipmentId/resolutions`, () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Insufficient stock',
            status: 409,
            code: 'insufficient_stock',
            shortage: {
              productId: 'p-1',
              sku: 'SKU-1',
              productName: '保温杯 500ml',
              locationId: item.locationId,
              locationName: item.locationName,
              requested: 2,
              available: 1,
            },
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const dialog = await chooseAction(user, item.orderNumber, '补发');
    const waybill = await within(dialog).findByRole('textbox', { name: /新运单号/ });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: '快递公司' }),
      '顺丰速运',
    );
    await user.type(waybill, 'SF1357924680135');
    await user.click(within(dialog).getByRole('button', { name: '补发' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `${item.locationName}的“保温杯 500ml”库存不足：需要 2 件，只剩 1 件。`,
    );
    // Nothing typed is lost.
    expect(waybill).toHaveValue('SF1357924680135');
  });

  it('refunds in full or in part, never more than is refundable', async () => {
    const { user, page, backend } = await openQueue();
    const item = pick(page.items, (candidate) => candidate.refundable.amount > 100);
    const max = item.refundable.amount;

    const dialog = await chooseAction(user, item.orderNumber, '退款');
    const full = await within(dialog).findByRole('radio', { name: /^全额退款/ });
    expect(full).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: '部分退款' }));
    const amount = within(dialog).getByRole('textbox', { name: /退款金额/ });
    await user.type(amount, String((max + 100) / 100));
    expect(within(dialog).getByText(/^超过可退金额 /)).toBeInTheDocument();

    await user.clear(amount);
    await user.type(amount, '1');
    await user.type(
      within(dialog).getByRole('textbox', { name: /退款原因/ }),
      '包裹延误，部分退款',
    );
    await user.click(within(dialog).getByRole('button', { name: '退款' }));
    expect(await screen.findByText(/^已为订单 .+ 退款 ¥1\.00$/)).toBeInTheDocument();
    await eventually(() => expect(orderNumbersShown()).not.toContain(item.orderNumber));

    const order = await backend.getOrder({ params: { id: item.orderId } });
    expect(order.refunds.at(-1)).toMatchObject({
      amount: { amount: 100 },
      reason: '包裹延误，部分退款',
    });
    expect(order.payment.status).toBe('partially_refunded');
  });

  it('compensates with a coupon up to the cap it shows', async () => {
    const { user, page, backend } = await openQueue();
    const item = pick(page.items, () => true);
    const cap = Math.min(20_000, Math.floor(item.total.amount / 2));

    const dialog = await chooseAction(user, item.orderNumber, '优惠券补偿');
    const amount = await within(dialog).findByRole('textbox', { name: /优惠券金额/ });
    expect(amount).toHaveAccessibleDescription(/^最多 ¥/);
    await user.type(amount, String((cap + 1) / 100));
    expect(within(dialog).getByText(/^超过上限 ¥/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '发放优惠券' }));
    expect(screen.queryByText(/优惠券，券码/)).toBeNull();

    await user.clear(amount);
    await user.type(amount, '1');
    await user.click(within(dialog).getByRole('button', { name: '发放优惠券' }));
    expect(await screen.findByText(/优惠券，券码 \S+$/)).toBeInTheDocument();
    const order = await backend.getOrder({ params: { id: item.orderId } });
    expect(order.compensations.at(-1)).toMatchObject({ amount: { amount: 100 } });
    expect(order.timeline.at(-1)?.kind).toBe('compensated');
  });

  it('refuses a stale version with who changed the order, keeps the note, and goes on from the change', async () => {
    const { user, page, backend } = await openQueue();
    const item = pick(page.items, () => true);
    const dialog = await chooseAction(user, item.orderNumber, '标记已处理');
    const note = await within(dialog).findByRole('textbox', { name: /处理说明/ });
    await user.type(note, '客户同意再等两天');

    // Someone else changes the order meanwhile.
    await backend.addNote({ params: { id: item.orderId }, body: { body: '客户来电询问' } });
    await user.click(within(dialog).getByRole('button', { name: '标记已处理' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/^订单刚被 .+ 于 .+ 修改过/);
    expect(note).toHaveValue('客户同意再等两天');

    await user.click(within(alert).getByRole('button', { name: '按最新订单继续' }));
    await user.click(within(dialog).getByRole('button', { name: '标记已处理' }));
    expect(
      await screen.findByText(`订单 ${item.orderNumber} 的包裹已标记为已处理`),
    ).toBeInTheDocument();
  });
});
