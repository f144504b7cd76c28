import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Order, OrderPage } from '@/api/contract/orders';
import { ExceptionPage, NotificationLogEntry, type ExceptionItem } from '@/api/contract/tracking';
import { z } from 'zod/mini';
import { renderApp } from '@/testing/render-app';
import { present } from '@/testing/present';
import { apiAs } from '../actions/test-orders';

async function orderAsAdmin(id: string): Promise<Order> {
  return Order.parse(await (await apiAs('admin', `/orders/${id}`)).json());
}

/** A seeded order whose parcel is in exception, as the order list's filter finds it. */
async function orderWithException(): Promise<Order> {
  const response = await apiAs('admin', '/orders?hasException=true&pageSize=1');
  const summary = present(OrderPage.parse(await response.json()).items[0], 'an order in exception');
  return orderAsAdmin(summary.id);
}

async function resolve(order: Order, shipmentId: string, body: Record<string, unknown>) {
  const response = await apiAs('admin', `/orders/${order.id}/shipments/${shipmentId}/resolutions`, {
    method: 'POST',
    body: { version: order.version, ...body },
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return Order.parse(await response.json());
}

/** The exceptions queue as an admin sees it, longest waiting first. */
async function queue(): Promise<ExceptionItem[]> {
  const response = await apiAs('admin', '/tracking/exceptions?pageSize=50');
  return ExceptionPage.parse(await response.json()).items;
}

async function openOrder(id: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const app = await renderApp({ route: `/orders/${id}`, as: 'admin', locale });
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  return app;
}

const events = (label: string) =>
  within(screen.getByRole('list', { name: label }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('p')?.textContent);

describe('the parcels on the order page', () => {
  it('words the tracking events of a parcel in exception, newest first, in Chinese and English', async () => {
    const order = await orderWithException();
    const parcel = present(
      order.shipments.find((shipment) => shipment.exception),
      'a parcel in exception',
    );
    const newestFirst = [...parcel.events].reverse();

    const { i18n, unmount } = await openOrder(order.id);
    const card = await screen.findByRole('region', { name: '包裹' });
    const zh = i18n.getFixedT('zh-CN', 'tracking-events');
    const label = `${zh(`carrier.${parcel.carrier}`)} ${parcel.waybill} 的物流轨迹`;
    expect(events(label)).toEqual(
      newestFirst.map((event) => zh(`code.${event.code}`, { place: event.place })),
    );
    expect(events(label)).toContain('运输异常');
    expect(within(card).getByRole('note')).toHaveTextContent(
      `物流异常：${zh(`exception.${present(parcel.exception, 'exception').kind}`)}`,
    );
    const attention = within(card).getByRole('list', { name: '需要处理：' });
    expect(within(attention).getByText('异常')).toBeInTheDocument();
    // The carrier's own words stay readable beside the translated ones.
    expect(within(card).getByText(present(newestFirst[0], 'an event').text)).toBeInTheDocument();
    unmount();

    const english = await openOrder(order.id, 'en');
    const en = english.i18n.getFixedT('en', 'tracking-events');
    await screen.findByRole('region', { name: 'Shipments' });
    const enEvents = events(
      `Tracking events of ${en(`carrier.${parcel.carrier}`)} ${parcel.waybill}`,
    );
    expect(enEvents).toEqual(
      newestFirst.map((event) => en(`code.${event.code}`, { place: event.place })),
    );
    expect(enEvents).toContain('Problem in transit');
  });

  it('shows a reshipped parcel as replaced, with the replacement first and linked to it', async () => {
    const item = present(
      (await queue()).find((candidate) => candidate.canReship),
      'a parcel worth reshipping',
    );
    const order = await orderAsAdmin(item.orderId);
    const parcel = present(
      order.shipments.find((shipment) => shipment.id === item.shipmentId),
      'the queued parcel',
    );
    const waybill = `YT${String(Date.now()).padStart(13, '0')}`;
    await resolve(order, parcel.id, {
      action: 'reship',
      locationId: parcel.locationId,
      carrier: 'YTO',
      waybill,
      note: '原包裹无法送达，补发',
    });

    const { user } = await openOrder(order.id);
    const card = await screen.findByRole('region', { name: '包裹' });
    const replacement = within(card).getByRole('article', { name: `圆通速递 ${waybill}` });
    expect(within(replacement).getByText('补发')).toBeInTheDocument();
    const original = within(card).getByRole('article', { name: new RegExp(parcel.waybill) });
    expect(within(original).getByText('已被补发替换')).toBeInTheDocument();
    expect(original).toHaveTextContent('最近处理已补发 · 陈静');
    expect(original).toHaveTextContent('原包裹无法送达，补发');
    expect(within(card).getAllByRole('article')[0]).toBe(replacement);
    await user.click(
      within(replacement).getByRole('link', { name: `补发，替换 ${parcel.waybill}` }),
    );
    expect(original).toHaveFocus();

    const timeline = screen.getByRole('list', { name: '订单动态' });
    expect(timeline).toHaveTextContent(`补发包裹：圆通速递 ${waybill}`);
    expect(timeline).toHaveTextContent(`替换包裹 ${parcel.waybill}`);
  });

  it('lists refunds and coupons with amount, reason, code, who and when; none, no card', async () => {
    const [first, second] = (await queue()).filter((item) => item.refundable.amount >= 1000);
    const refunded = await orderAsAdmin(present(first, 'a refundable parcel').orderId);
    expect(refunded.refunds).toEqual([]);
    await openOrder(refunded.id).then(({ unmount }) => {
      expect(screen.queryByRole('region', { name: '退款与补偿' })).not.toBeInTheDocument();
      unmount();
    });
    await resolve(refunded, present(first, 'first').shipmentId, {
      action: 'refund',
      amount: 1000,
      reason: '包裹延误，退还部分货款',
    });
    const compensatedBefore = await orderAsAdmin(present(second, 'another parcel').orderId);
    const compensated = await resolve(compensatedBefore, present(second, 'second').shipmentId, {
      action: 'coupon',
      amount: 500,
      note: '致歉',
    });
    const coupon = present(compensated.compensations.at(-1), 'the coupon').couponCode;

    const app = await openOrder(refunded.id);
    const refunds = await screen.findByRole('region', { name: '退款与补偿' });
    expect(within(refunds).getAllByRole('listitem')).toHaveLength(1);
    expect(refunds).toHaveTextContent('退款¥10.00包裹延误，退还部分货款陈静 · ');
    expect(screen.getByRole('list', { name: '订单动态' })).toHaveTextContent('陈静退款 ¥10.00');
    app.unmount();

    await openOrder(compensated.id);
    const coupons = await screen.findByRole('region', { name: '退款与补偿' });
    expect(coupons).toHaveTextContent(`优惠券补偿¥5.00券码 ${coupon}致歉陈静 · `);
  });

  it('lists the messages sent to the customer exactly as the backend recorded them', async () => {
    const order = await orderWithException();
    const parcel = present(
      order.shipments.find((shipment) => shipment.exception),
      'a parcel in exception',
    );
    await resolve(order, parcel.id, {
      action: 'contact',
      template: 'exception',
      channel: 'sms',
      note: '',
    });
    const response = await apiAs('admin', `/orders/${order.id}/notifications`);
    const log = z.object({ items: z.array(NotificationLogEntry) }).parse(await response.json());
    expect(log.items.length).toBeGreaterThan(0);

    await openOrder(order.id);
    const card = await screen.findByRole('region', { name: '客户通知' });
    const list = await within(card).findByRole('list', { name: '发给客户的消息' });
    const entries = within(list).getAllByRole('listitem');
    expect(entries).toHaveLength(log.items.length);
    log.items.forEach((entry, index) => {
      const shown = present(entries[index], `entry ${index}`);
      expect(shown).toHaveTextContent(entry.body.replace(/\s+/g, ' ').trim());
      expect(shown).toHaveTextContent(`发送至 ${entry.to}`);
      expect(shown).toHaveTextContent(entry.trigger === 'automatic' ? '自动发送' : '陈静 发送');
    });
    expect(present(entries[0], 'newest').textContent).toContain('陈静 发送');
    await waitFor(() =>
      expect(screen.getByRole('list', { name: '订单动态' })).toHaveTextContent(
        '向客户发送短信：异常',
      ),
    );
  });
});
