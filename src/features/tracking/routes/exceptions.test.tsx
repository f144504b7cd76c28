import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createRestBackend } from '@/api/rest/client';
import { getMockServer, mockServer } from '@/testing/mock-server';
import { present } from '@/testing/present';
import { renderApp, TEST_API_BASE, type TestRouter } from '@/testing/render-app';
import {
  COLUMN,
  backendAsUser,
  badgeCount,
  eventually,
  offeredActions,
  parcelRows,
  rowsLoaded,
  waitedMinutes,
} from './test-queue';

const ROUTE = '/tracking/exceptions';
const searchOf = (router: TestRouter) => new URLSearchParams(router.state.location.search);
const keyOf = (cells: string[]) => `${cells[COLUMN.order]}|${cells[COLUMN.parcel]}`;

function isNonIncreasing(values: readonly number[]): boolean {
  return values.every((value, index) => index === 0 || value <= (values[index - 1] ?? value));
}

describe('exceptions queue', () => {
  it('lists exactly the parcels the backend answers for the user, longest waiting first', async () => {
    await renderApp({ route: ROUTE, as: 'admin' });
    const rows = await rowsLoaded();
    const page = await backendAsUser().listTrackingExceptions({ query: {} });

    expect(rows.map((cells) => cells[COLUMN.order])).toEqual(
      page.items.map((item) => item.orderNumber),
    );
    rows.forEach((cells, index) => {
      const item = present(page.items[index], 'the backend item of a row');
      expect(cells[COLUMN.parcel]).toContain(item.waybill);
      expect(cells[COLUMN.customer]).toBe(item.customerName);
      expect(cells[COLUMN.store]).toBe(item.storeName);
    });
    expect(screen.getByText(`共 ${page.total} 个包裹`)).toBeInTheDocument();

    // Longest waiting first, as the header says.
    expect(screen.getByRole('columnheader', { name: /已等待/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(isNonIncreasing(rows.map((cells) => waitedMinutes(cells[COLUMN.waited] ?? '')))).toBe(
      true,
    );
  });

  it('turns the order round from the waited column, in the URL', async () => {
    const { user, router } = await renderApp({ route: ROUTE, as: 'admin' });
    const longestFirst = await rowsLoaded();
    await user.click(
      within(screen.getByRole('columnheader', { name: /已等待/ })).getByRole('button'),
    );
    expect(searchOf(router).get('order')).toBe('shortest');
    await eventually(() =>
      expect(parcelRows().map(keyOf)).toEqual([...longestFirst].reverse().map(keyOf)),
    );
  });

  it('keeps the reason, carrier, age and search in the URL and lists only what they allow', async () => {
    const { user, router } = await renderApp({ route: ROUTE, as: 'admin' });
    await rowsLoaded();
    const backend = backendAsUser();
    const all = await backend.listTrackingExceptions({ query: {} });

    // A reason tab shows its count and narrows the rows to parcels with that reason.
    const kind = present(
      (['delayed', 'exception', 'stale', 'failed'] as const).find((k) => (all.counts[k] ?? 0) > 0),
      'a reason with parcels',
    );
    const word = { delayed: '延误', exception: '异常', stale: '停滞', failed: '派送失败' }[kind];
    const tabs = screen.getByRole('tablist', { name: '异常原因' });
    const tab = within(tabs).getByRole('tab', { name: new RegExp(`^${word}`) });
    expect(tab).toHaveTextContent(`${word}${all.counts[kind]}`);
    await user.click(tab);
    expect(searchOf(router).get('kind')).toBe(kind);
    await eventually(() => expect(parcelRows()).toHaveLength(all.counts[kind] ?? 0));
    expect(parcelRows().every((cells) => cells[COLUMN.reasons]?.includes(word))).toBe(true);

    // A carrier on top of it.
    const first = present(parcelRows()[0], 'a row of that reason');
    // The cell reads the carrier's name, then the waybill (which may start with letters: SF…).
    const carrierSelect = screen.getByRole('combobox', { name: '快递公司' });
    const carrierName = present(
      within(carrierSelect)
        .getAllByRole('option')
        .map((option) => option.textContent ?? '')
        .find((name) => name !== '' && (first[COLUMN.parcel] ?? '').startsWith(name)),
      'a carrier name',
    );
    await user.selectOptions(carrierSelect, carrierName);
    const carrier = searchOf(router).get('carrier');
    expect(carrier).not.toBeNull();
    expect(searchOf(router).get('kind')).toBe(kind);
    const narrowed = await backend.listTrackingExceptions({
      query: { kind: [kind], carrier: [present(carrier, 'carrier') as 'SF'] },
    });
    await eventually(() =>
      expect(parcelRows().map((cells) => cells[COLUMN.order])).toEqual(
        narrowed.items.map((item) => item.orderNumber),
      ),
    );

    // An age band goes into the URL too.
    await user.selectOptions(screen.getByRole('combobox', { name: '已等待' }), '3 天以上');
    expect(searchOf(router).get('age')).toBe('over_three_days');

    // Clearing puts everything back; then a search by order number finds its parcel.
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(router.state.location.search).toBe('');
    const target = present(all.items.at(-1), 'a parcel to look for');
    await user.type(
      screen.getByRole('searchbox', { name: '搜索' }),
      `${target.orderNumber}{Enter}`,
    );
    expect(searchOf(router).get('q')).toBe(target.orderNumber);
    await eventually(() =>
      expect(parcelRows().map((cells) => cells[COLUMN.order])).toEqual([target.orderNumber]),
    );
  });

  it('says so when nothing needs action, and offers a retry when the list fails', async () => {
    mockServer().use(
      http.get(`${TEST_API_BASE}/tracking/exceptions`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'down', status: 503, code: 'unavailable' },
          {
            status: 503,
            headers: { 'content-type': 'application/problem+json' },
          },
        ),
      ),
    );
    const { user } = await renderApp({ route: ROUTE, as: 'admin' });
    const retry = await screen.findByRole('button', { name: '重试' }, { timeout: 10_000 });
    mockServer().resetHandlers();
    mockServer().use(
      http.get(`${TEST_API_BASE}/tracking/exceptions`, () =>
        HttpResponse.json({
          items: [],
          page: 1,
          pageSize: 50,
          total: 0,
          counts: { exception: 0, failed: 0, delayed: 0, stale: 0 },
        }),
      ),
    );
    await user.click(retry);
    expect(await screen.findByText('没有需要处理的包裹')).toBeInTheDocument();
  });

  it('offers store staff no replacement, even for a lost or refused parcel', async () => {
    // The seed's queue for store.sh's one store is empty, so the row comes from the admin's queue.
    const admin = createRestBackend({
      baseUrl: TEST_API_BASE,
      getToken: () => getMockServer().sessionFor('admin').token,
    });
    const page = await admin.listTrackingExceptions({ query: {} });
    const reshippable = present(
      page.items.find((item) => item.canReship),
      'a parcel worth reshipping',
    );
    mockServer().use(
      http.get(`${TEST_API_BASE}/tracking/exceptions`, () =>
        HttpResponse.json({
          ...page,
          // With something left to refund, every other resolution is on offer.
          items: [{ ...reshippable, refundable: { amount: 1000, currency: 'CNY' } }],
          total: 1,
        }),
      ),
    );
    const { user } = await renderApp({ route: ROUTE, as: 'store.sh' });
    await rowsLoaded();
    expect(await offeredActions(user, reshippable.orderNumber)).toEqual([
      '联系客户',
      '退款',
      '优惠券补偿',
      '标记已处理',
    ]);
  });

  it('tells store staff when none of their parcels needs action', async () => {
    await renderApp({ route: ROUTE, as: 'store.sh' });
    const { total } = await backendAsUser().listTrackingExceptions({ query: {} });
    if (total === 0) expect(await screen.findByText('没有需要处理的包裹')).toBeInTheDocument();
    else await rowsLoaded();
  });

  it('warehouse staff may reship a lost or refused parcel, but not refund', async () => {
    const { user } = await renderApp({ route: ROUTE, as: 'warehouse.sh' });
    await rowsLoaded();
    const page = await backendAsUser().listTrackingExceptions({ query: {} });
    const reshippable = present(
      page.items.find((item) => item.canReship),
      'a parcel worth reshipping in warehouse.sh’s queue',
    );
    expect(await offeredActions(user, reshippable.orderNumber)).toEqual([
      '联系客户',
      '补发',
      '标记已处理',
    ]);
  });

  it('shows the open count in the navigation, as the count endpoint gives it', async () => {
    await renderApp({ route: '/orders', as: 'manager.east' });
    const { open } = await backendAsUser().countTrackingExceptions({});
    expect(open).toBeGreaterThan(0);
    await eventually(async () => expect(await badgeCount()).toBe(open));
  });
});
