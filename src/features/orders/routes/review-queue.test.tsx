import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Order } from '@/api/contract/orders';
import { renderApp, TEST_API_BASE, type TestRouter } from '@/testing/render-app';
import { getMockServer, mockServer } from '@/testing/mock-server';
import { present } from '@/testing/present';

const QUEUE = '待审核订单';

/** The queue's options once the first page has arrived (the route's code loads lazily first). */
async function queueOptions() {
  const list = await screen.findByRole('listbox', { name: QUEUE }, { timeout: 10_000 });
  await waitFor(() => expect(within(list).getAllByRole('option').length).toBeGreaterThan(2));
  return within(list).getAllByRole('option');
}

function options() {
  return within(screen.getByRole('listbox', { name: QUEUE })).getAllByRole('option');
}

/** The order number an option shows first. */
function numberOf(option: HTMLElement): string {
  return present(/SO\d+/.exec(option.textContent ?? '')?.[0], 'an order number in the option');
}

function selectedNumber(): string {
  return numberOf(
    present(
      options().find((o) => o.getAttribute('aria-selected') === 'true'),
      'a selected option',
    ),
  );
}

function selectedInUrl(router: TestRouter): string | null {
  return new URLSearchParams(router.state.location.search).get('order');
}

/**
 * Puts the newest orders of a user's first store back to where the seed leaves an order that was
 * just paid: waiting for review, with no hold, allocation or parcel. The small test seed has
 * almost no orders in review, and a queue needs some to work through.
 */
function awaitingReview(username: string, count: number): void {
  const { db } = getMockServer();
  const storeId = present(
    db.users.find((user) => user.username === username)?.storeIds[0],
    `a store of ${username}`,
  );
  const storeIndex = db.stores.findIndex((store) => store.id === storeId);
  const rows = db.orders.filter((row) => row.storeIndex === storeIndex).slice(0, count);
  for (const row of rows) {
    db.updateOrder(
      row.id,
      (draft) => {
        draft.status = 'pending_review';
        draft.paidAt ??= draft.placedAt + 60_000;
        draft.paymentStatus = 'paid';
        draft.paymentMethod ??= 'wechat_pay';
        draft.reviewedAt = null;
        draft.allocatedAt = null;
        draft.hold = null;
        draft.cancellation = null;
        draft.locationId = null;
        draft.carrier = null;
        draft.shipment = null;
      },
      { at: row.placedAt, by: null, touch: false },
    );
  }
}

describe('review queue', () => {
  beforeEach(() => awaitingReview('store.sh', 6));

  it('moves the selection with j and k, shows the order beside the list and keeps it in the URL', async () => {
    const { user, router } = await renderApp({ route: '/orders/review', as: 'store.sh' });
    const [first, second] = await queueOptions();
    const firstNumber = numberOf(present(first, 'a first order'));
    const secondNumber = numberOf(present(second, 'a second order'));
    expect(selectedNumber()).toBe(firstNumber);
    expect(await screen.findByRole('heading', { level: 2, name: firstNumber })).toBeInTheDocument();

    await user.keyboard('j');
    expect(selectedNumber()).toBe(secondNumber);
    expect(
      await screen.findByRole('heading', { level: 2, name: secondNumber }),
    ).toBeInTheDocument();
    const listbox = screen.getByRole('listbox', { name: QUEUE });
    expect(listbox).toHaveFocus();
    expect(listbox.getAttribute('aria-activedescendant')).toBe(present(second, 'second').id);
    expect(selectedInUrl(router)).toBeTruthy();

    await user.keyboard('k');
    expect(selectedNumber()).toBe(firstNumber);
    await user.keyboard('{ArrowDown}');
    expect(selectedNumber()).toBe(secondNumber);
  });

  it('approves the selected order with a, takes it out of the queue and selects the next one', async () => {
    const { user, router } = await renderApp({ route: '/orders/review', as: 'store.sh' });
    await queueOptions();
    await user.keyboard('j');
    const approvedId = present(selectedInUrl(router), 'the selected order in the URL');
    const [, approved, next] = options();
    const approvedNumber = numberOf(present(approved, 'the order to approve'));
    const nextNumber = numberOf(present(next, 'the order after it'));
    expect(selectedNumber()).toBe(approvedNumber);
    await screen.findByRole('heading', { level: 2, name: approvedNumber });

    await user.keyboard('a');
    await waitFor(() => expect(options().map(numberOf)).not.toContain(approvedNumber));
    // The next order, not the top of the queue.
    await waitFor(() => expect(selectedNumber()).toBe(nextNumber));
    expect(await screen.findByRole('heading', { level: 2, name: nextNumber })).toBeInTheDocument();
    expect(screen.getByText(`${approvedNumber} 已审核通过`)).toBeInTheDocument();

    const { token } = getMockServer().sessionFor('store.sh');
    const response = await fetch(`${TEST_API_BASE}/orders/${approvedId}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(Order.parse(await response.json()).status).toBe('approved');
  });

  it('asks for a reason on h, and holding takes the order out of the queue', async () => {
    const { user } = await renderApp({ route: '/orders/review', as: 'store.sh' });
    const [first] = await queueOptions();
    const heldNumber = numberOf(present(first, 'the order to hold'));
    await screen.findByRole('heading', { level: 2, name: heldNumber });

    await user.keyboard('h');
    const dialog = await screen.findByRole('dialog', { name: '挂起订单' });
    // While the dialog is open the queue's keys do nothing behind it.
    await user.keyboard('j');
    const behind = screen.getByRole('listbox', { name: QUEUE, hidden: true });
    expect(within(behind).getByRole('option', { selected: true, hidden: true })).toHaveTextContent(
      heldNumber,
    );

    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: /原因/ }),
      'address_problem',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /备注/ }),
      '门牌号缺失，已联系客户',
    );
    await user.click(within(dialog).getByRole('button', { name: '挂起' }));

    await waitFor(() => expect(options().map(numberOf)).not.toContain(heldNumber));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText(`${heldNumber} 已挂起`)).toBeInTheDocument();
  });

  it('shows the shortcuts on ?', async () => {
    const { user } = await renderApp({ route: '/orders/review', as: 'store.sh' });
    await queueOptions();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: '键盘快捷键' });
    for (const action of [
      '下一单',
      '上一单',
      '审核通过',
      '挂起（选择原因）',
      '修改收货地址',
      '打标签',
      '搜索队列',
    ])
      expect(within(dialog).getByRole('rowheader', { name: action })).toBeInTheDocument();
  });

  it('ignores the keys while typing in the search box, which / focuses', async () => {
    const { user, router } = await renderApp({ route: '/orders/review', as: 'store.sh' });
    const [first] = await queueOptions();
    const firstNumber = numberOf(present(first, 'a first order'));

    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: '搜索待审核订单' });
    expect(search).toHaveFocus();
    // The header's own search box did not take the key.
    expect(screen.getByRole('searchbox', { name: '按订单号或运单号查找订单' })).not.toHaveFocus();

    await user.keyboard('jka');
    expect(search).toHaveValue('jka');
    expect(selectedNumber()).toBe(firstNumber);
    expect(screen.queryByText(/已审核通过/)).not.toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.getByRole('listbox', { name: QUEUE })).toHaveFocus();

    await user.click(search);
    await user.clear(search);
    await user.type(search, `${firstNumber}{Enter}`);
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('q')).toBe(firstNumber),
    );
    await waitFor(() => expect(options().map(numberOf)).toEqual([firstNumber]));
  });

  it('loads a long queue a page at a time', async () => {
    awaitingReview('store.sh', 60);
    const { user } = await renderApp({ route: '/orders/review', as: 'store.sh' });
    await queueOptions();
    expect(await screen.findByText('已显示 50 / 60 单')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('已显示 60 / 60 单')).toBeInTheDocument();
    expect(options()).toHaveLength(60);
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });

  it('shows store staff only their own store’s orders, without a store filter', async () => {
    const { user: account } = getMockServer().sessionFor('store.sh');
    await renderApp({ route: '/orders/review', as: 'store.sh' });
    const shown = await queueOptions();
    const store = present(
      getMockServer().db.stores.find((s) => s.id === account.storeIds[0]),
      'the staff member’s store',
    );
    for (const option of shown) expect(option).toHaveTextContent(store.name);
    expect(screen.queryByRole('combobox', { name: '门店' })).not.toBeInTheDocument();
  });

  it('asks the server for flagged orders only when "risk flagged only" is ticked', async () => {
    const requested: URL[] = [];
    mockServer().events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/orders')) requested.push(url);
    });
    const { user, router } = await renderApp({ route: '/orders/review', as: 'manager.east' });
    await queueOptions();
    expect(screen.getByRole('combobox', { name: '门店' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '只看有风险的订单' }));
    expect(new URLSearchParams(router.state.location.search).get('risky')).toBe('1');
    await waitFor(() =>
      expect(requested.some((url) => url.searchParams.get('riskFlagged') === 'true')).toBe(true),
    );
    const last = present(requested[requested.length - 1], 'a list request');
    expect(last.searchParams.get('status')).toBe('pending_review');
    expect(last.searchParams.get('sort')).toBe('placedAt');
    expect(last.searchParams.get('placedUpTo')).toBeTruthy();
    mockServer().events.removeAllListeners();
  });
});
