import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dateInTimeZone, formatNumber } from '@/lib/format';
import { getMockServer } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

// Generous under a full parallel run: each file seeds its own mock backend.
const SLOW = { timeout: 5000 };

async function rowsOf(name: string) {
  const table = await screen.findByRole('table', { name }, { timeout: 5000 });
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2), SLOW);
  return within(table).getAllByRole('row').slice(1);
}

describe('shipping overview', () => {
  it('counts the work to do, each count a link to where it is done, and shows the queue', async () => {
    await renderApp({ route: '/shipping', as: 'warehouse.sh' });
    const counts = await screen.findByRole('list', { name: '今日工作' }, { timeout: 5000 });
    const toAllocate = within(counts).getByRole('link', { name: /待配货/ });
    const toShip = within(counts).getByRole('link', { name: /待发货/ });
    expect(toAllocate).toHaveAttribute('href', '/shipping/allocate');
    expect(toShip).toHaveAttribute('href', '/shipping/waybills');
    await waitFor(() => expect(toShip).toHaveTextContent(/待发货[\d,]+$/), SLOW);
    expect(toAllocate).toHaveTextContent(/待配货[\d,]+$/);
    const shippedToday = within(counts).getByRole('link', { name: /今日已发货/ });
    expect(shippedToday).toHaveAttribute('href', '/shipping?tab=shipped');
    // What left the user's warehouse today, in the store's time zone, whatever became of it since.
    const today = dateInTimeZone(new Date(), 'Asia/Shanghai');
    const expected = getMockServer().db.orders.filter(
      (order) =>
        order.shipment?.locationId === 'loc-wh-sh' &&
        dateInTimeZone(new Date(order.shipment.shippedAt), 'Asia/Shanghai') === today,
    ).length;
    await waitFor(
      () => expect(shippedToday).toHaveTextContent(`今日已发货${formatNumber(expected, 'zh-CN')}`),
      SLOW,
    );

    expect(screen.getByRole('tab', { name: '待发货' })).toHaveAttribute('aria-selected', 'true');
    const rows = await rowsOf('待发货订单');
    // The warehouse may not open orders, so order numbers are not links for it.
    expect(within(rows[0] as HTMLElement).queryAllByRole('link')).toHaveLength(0);
  });

  it('keeps the carrier filter in the URL', async () => {
    const { user, router } = await renderApp({ route: '/shipping?carrier=SF', as: 'admin' });
    const carrier = await screen.findByRole('combobox', { name: '快递公司' }, { timeout: 5000 });
    expect(carrier).toHaveValue('SF');
    await user.selectOptions(carrier, 'JD');
    expect(new URLSearchParams(router.state.location.search).get('carrier')).toBe('JD');
    await user.selectOptions(carrier, '');
    expect(new URLSearchParams(router.state.location.search).get('carrier')).toBeNull();
  });

  it('prints a pick list for the shown orders, or for the ticked ones', async () => {
    const { user } = await renderApp({ route: '/shipping', as: 'warehouse.sh' });
    const rows = await rowsOf('待发货订单');
    const shown = screen.getByRole('link', { name: /^打印拣货单（本页 \d+ 单）$/ });
    const shownUrl = new URL(shown.getAttribute('href') ?? '', 'http://localhost');
    expect(shownUrl.pathname).toBe('/shipping/pick-list');
    expect(shownUrl.searchParams.get('locationId')).toBe('loc-wh-sh');
    expect(shownUrl.searchParams.getAll('orderId')).toHaveLength(rows.length);

    const [first, second] = rows as [HTMLElement, HTMLElement];
    await user.click(within(first).getByRole('checkbox'));
    await user.click(within(second).getByRole('checkbox'));
    const ticked = screen.getByRole('link', { name: '打印拣货单（已选 2 单）' });
    const tickedIds = new URL(
      ticked.getAttribute('href') ?? '',
      'http://localhost',
    ).searchParams.getAll('orderId');
    expect(tickedIds).toHaveLength(2);
  });

  it('deallocates an order after asking, and it leaves the queue', async () => {
    const { user } = await renderApp({ route: '/shipping', as: 'warehouse.sh' });
    const [first] = (await rowsOf('待发货订单')) as [HTMLElement];
    const number = within(first).getAllByRole('cell')[1]?.textContent ?? '';
    expect(number).toMatch(/^SO/);

    await user.click(within(first).getByRole('button', { name: `取消配货：${number}` }));
    const dialog = await screen.findByRole(
      'alertdialog',
      { name: `取消订单 ${number} 的配货？` },
      SLOW,
    );
    await user.click(within(dialog).getByRole('button', { name: '取消配货' }));

    expect(
      await screen.findByText(`订单 ${number} 已取消配货，回到待配货`, {}, SLOW),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '待发货订单' });
    await waitFor(() => expect(within(table).queryByText(number)).not.toBeInTheDocument(), SLOW);
  });
});
