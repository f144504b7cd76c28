import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { tableRowTexts } from '@/components/table/test-rows';
import { currentUrl, renderApp } from '@/testing/render-app';
import { getMockServer, mockServer } from '@/testing/mock-server';
import { present } from '@/testing/present';

// The first cell of a row is its selection checkbox.
const COLUMN = { number: 1, store: 3, status: 8 } as const;

/** The body rows of the order table, each as its cells' text. */
const tableRows = () => tableRowTexts('订单列表');

async function waitForRows() {
  // The first render of a test loads the route's code lazily, as the app does.
  await waitFor(() => expect(tableRows().length).toBeGreaterThan(1), { timeout: 5000 });
  return tableRows();
}

function searchOf(router: Parameters<typeof currentUrl>[0]) {
  return new URLSearchParams(router.state.location.search);
}

/** The value, or a failed test saying what was missing. */
describe('order list', () => {
  it('lists the newest orders first with a count, and a tab per status with its count', async () => {
    await renderApp({ route: '/orders', as: 'admin' });
    const rows = await waitForRows();
    expect(rows).toHaveLength(50);
    expect(screen.getByText(/^共 [\d,]+ 个订单$/)).toBeInTheDocument();

    const tabs = screen.getByRole('tablist', { name: '订单状态' });
    const all = within(tabs).getByRole('tab', { name: /全部/ });
    expect(all).toHaveAttribute('aria-selected', 'true');
    await waitFor(() =>
      expect(within(tabs).getByRole('tab', { name: /待审核/ })).toHaveTextContent(
        /待审核\s*[\d,]+/,
      ),
    );
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent?.replace(/[\d,…]+$/, '')),
    ).toEqual([
      '全部',
      '待付款',
      '待审核',
      '已挂起',
      '待配货',
      '待发货',
      '已发货',
      '已签收',
      '已完成',
      '已取消',
    ]);
    expect(screen.getByRole('columnheader', { name: /下单时间/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('switches the rows and the URL when a status tab is chosen', async () => {
    const { user, router } = await renderApp({ route: '/orders', as: 'admin' });
    await waitForRows();
    await user.click(screen.getByRole('tab', { name: /已发货/ }));
    expect(searchOf(router).get('status')).toBe('shipped');
    await waitFor(() =>
      expect(new Set(tableRows().map((cells) => cells[COLUMN.status]))).toEqual(
        new Set(['已发货']),
      ),
    );
    expect(screen.getByRole('tab', { name: /已发货/ })).toHaveAttribute('aria-selected', 'true');

    // Back returns to the previous tab.
    await router.navigate(-1);
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: /全部/ })).toHaveAttribute('aria-selected', 'true'),
    );
  });

  it('shows the filters of the URL in its controls, and writes changes back to the URL', async () => {
    const { user, router } = await renderApp({
      route: '/orders?status=delivered&q=138&from=2026-01-01&to=2026-12-31&sort=total',
      as: 'admin',
    });
    expect(
      await screen.findByRole('searchbox', { name: '搜索订单' }, { timeout: 5000 }),
    ).toHaveValue('138');
    expect(screen.getByLabelText('下单日期从')).toHaveValue('2026-01-01');
    expect(screen.getByLabelText('下单日期至')).toHaveValue('2026-12-31');
    expect(screen.getByRole('tab', { name: /已签收/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('columnheader', { name: /金额/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    const storeSelect = screen.getByRole('combobox', { name: '门店' });
    await waitFor(() =>
      expect((storeSelect as HTMLSelectElement).options.length).toBeGreaterThan(2),
    );
    const firstStore = present((storeSelect as HTMLSelectElement).options[1], 'a store option');
    await user.selectOptions(storeSelect, firstStore.value);
    expect(searchOf(router).get('storeId')).toBe(firstStore.value);
    expect(searchOf(router).get('status')).toBe('delivered');

    const search = screen.getByRole('searchbox', { name: '搜索订单' });
    await user.clear(search);
    await user.type(search, '5678{Enter}');
    expect(searchOf(router).get('q')).toBe('5678');

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(searchOf(router).get('q')).toBeNull();
    expect(searchOf(router).get('storeId')).toBeNull();
    expect(searchOf(router).get('status')).toBe('delivered');
  });

  it('sorts on the server when a sortable header is clicked', async () => {
    const { user, router } = await renderApp({ route: '/orders', as: 'admin' });
    await waitForRows();
    await user.click(
      within(screen.getByRole('columnheader', { name: /金额/ })).getByRole('button'),
    );
    expect(searchOf(router).get('sort')).toBe('-total');
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /金额/ })).toHaveAttribute(
        'aria-sort',
        'descending',
      ),
    );
  });

  it('pages through the list, keeping rows on screen while the next page loads', async () => {
    const { user, router } = await renderApp({ route: '/orders', as: 'admin' });
    const first = await waitForRows();
    expect(screen.getByText('第 1 / ', { exact: false })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(searchOf(router).get('page')).toBe('2');
    // Never an empty table between pages.
    expect(tableRows().length).toBeGreaterThan(1);
    await waitFor(() =>
      expect(tableRows()[0]?.[COLUMN.number]).not.toBe(first[0]?.[COLUMN.number]),
    );
    expect(screen.getByText('第 2 / ', { exact: false })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '每页条数' }), '100');
    expect(searchOf(router).get('pageSize')).toBe('100');
    expect(searchOf(router).get('page')).toBeNull();
    await waitFor(() => expect(tableRows()).toHaveLength(100));
  }, 30_000);

  it('never shows store staff another store’s orders', async () => {
    const { user: account } = getMockServer().sessionFor('store.sh');
    await renderApp({ route: '/orders?pageSize=100', as: 'store.sh' });
    const rows = await waitForRows();
    const storeSelect = screen.getByRole('combobox', { name: '门店' }) as HTMLSelectElement;
    await waitFor(() => expect(storeSelect.options.length).toBe(2));
    const ownStore = present(storeSelect.options[1], 'the own store option');
    expect(account.storeIds).toEqual([ownStore.value]);
    expect(new Set(rows.map((cells) => cells[COLUMN.store]))).toEqual(
      new Set([ownStore.textContent]),
    );
  });

  it('opens an order from its number and returns to the same filtered list', async () => {
    const { user, router } = await renderApp({
      route: '/orders?status=pending_review',
      as: 'admin',
    });
    const number = present((await waitForRows())[0]?.[COLUMN.number], 'an order number');
    await user.click(screen.getByRole('link', { name: number }));
    expect(await screen.findByRole('heading', { level: 1, name: number })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /返回订单列表/ }));
    expect(currentUrl(router)).toBe('/orders?status=pending_review');
  });

  it('says the tab counts are unavailable when their request fails, and still lists the orders', async () => {
    mockServer().use(
      http.get('*/api/orders/counts', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    await renderApp({ route: '/orders', as: 'admin' });
    const allTab = await screen.findByRole(
      'tab',
      { name: /全部.*数量暂不可用/ },
      { timeout: 15_000 },
    );
    expect(allTab).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(tableRows().length).toBeGreaterThan(0));
  });
});
