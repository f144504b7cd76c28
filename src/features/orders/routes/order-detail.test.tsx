import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OrderPage, type OrderSummary } from '@/api/contract/orders';
import { renderApp, TEST_API_BASE } from '@/testing/render-app';
import { getMockServer } from '@/testing/mock-server';
import { present } from '@/testing/present';

/** Orders as the admin sees them, straight from the API, to pick test subjects. */
async function adminOrders(query: string): Promise<OrderSummary[]> {
  const { token } = getMockServer().sessionFor('admin');
  const response = await fetch(`${TEST_API_BASE}/orders?${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return OrderPage.parse(await response.json()).items;
}

/** The value, or a failed test saying what was missing. */
describe('order page', () => {
  it('shows the header, lines and totals in CNY, payment, customer and the timeline', async () => {
    const summary = present((await adminOrders('status=shipped&pageSize=1'))[0], 'a shipped order');
    await renderApp({ route: `/orders/${summary.id}`, as: 'admin' });

    expect(
      await screen.findByRole('heading', { level: 1, name: summary.number }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('已发货').length).toBeGreaterThan(0);
    // The store also appears as the shipping location when the store shipped the order itself.
    expect(screen.getAllByText(summary.storeName, { exact: false }).length).toBeGreaterThan(0);

    const lines = screen.getByRole('table', { name: '订单商品' });
    expect(within(lines).getAllByRole('row').length).toBeGreaterThan(1);
    expect(within(lines).getAllByText(/¥[\d,]+\.\d{2}/).length).toBeGreaterThan(0);

    const total = screen.getByText('实付金额').nextElementSibling;
    expect(total).toHaveTextContent(/^¥[\d,]+\.\d{2}$/);
    expect(screen.getByRole('region', { name: '支付' })).toHaveTextContent(/CNY/);

    const timeline = screen.getByRole('list', { name: '订单动态' });
    const events = within(timeline).getAllByRole('listitem');
    expect(events.length).toBeGreaterThan(2);
    expect(timeline).toHaveTextContent(/下单/);
    expect(timeline).toHaveTextContent(/发货/);
    // No event shows a raw key or an unfilled placeholder.
    expect(timeline.textContent).not.toMatch(/timeline\.|\{\{/);

    expect(screen.getByRole('region', { name: '包裹' })).toHaveTextContent(summary.waybill ?? '');
  });

  it('reveals the full phone number on request and records it in the timeline', async () => {
    const summary = present(
      (await adminOrders('status=pending_review&pageSize=1'))[0],
      'an order pending review',
    );
    const { user } = await renderApp({ route: `/orders/${summary.id}`, as: 'admin' });
    const customer = await screen.findByRole('region', { name: '客户' }, { timeout: 5000 });
    expect(customer).toHaveTextContent(/1\d{2}\*{4}\d{4}/);

    await user.click(within(customer).getByRole('button', { name: '显示完整号码' }));
    await waitFor(() => expect(customer).toHaveTextContent(/1\d{10}/));
    expect(
      within(customer).queryByRole('button', { name: '显示完整号码' }),
    ).not.toBeInTheDocument();

    const timeline = screen.getByRole('list', { name: '订单动态' });
    await waitFor(() => expect(timeline).toHaveTextContent('查看了客户完整手机号'));
  });

  it('says so when the order does not exist', async () => {
    await renderApp({ route: '/orders/no-such-order', as: 'admin' });
    expect(await screen.findByText('找不到这个订单', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /返回订单列表/ })).toHaveAttribute('href', '/orders');
  });

  it('tells store staff they may not see another store’s order', async () => {
    const ownStores = getMockServer().sessionFor('store.sh').user.storeIds;
    const other = present(
      (await adminOrders('pageSize=100')).find((order) => !ownStores.includes(order.storeId)),
      'an order of another store',
    );
    await renderApp({ route: `/orders/${other.id}`, as: 'store.sh' });
    expect(
      await screen.findByText('你无权查看这个订单', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(other.number)).not.toBeInTheDocument();
  });
});
