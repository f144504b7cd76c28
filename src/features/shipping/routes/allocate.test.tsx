import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AllocationCandidate, BulkAllocationRequest } from '@/api/contract/fulfilment';
import { TEST_API_BASE, currentUrl, renderApp } from '@/testing/render-app';
import { getMockServer, mockServer } from '@/testing/mock-server';
import { present } from '@/testing/present';

const TABLE = '待配货订单';

/** The body rows of the allocation table (after the first lazy load of the route). */
async function bodyRows() {
  const table = await screen.findByRole('table', { name: TABLE }, { timeout: 5000 });
  await waitFor(() => expect(within(table).getAllByRole('checkbox').length).toBeGreaterThan(1), {
    timeout: 5000,
  });
  return within(table).getAllByRole('row').slice(1);
}

/** The order number shown in a row (its first cell after the checkbox). */
const numberOf = (row: HTMLElement) =>
  present(within(row).getAllByRole('cell')[1], 'cell').textContent ?? '';

describe('allocation', () => {
  it('accepts the suggestions of the ticked orders in one request, and they leave the list', async () => {
    const sent: { body: BulkAllocationRequest; key: string | null }[] = [];
    mockServer().events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/allocations'))
        void request
          .clone()
          .json()
          .then((body: BulkAllocationRequest) =>
            sent.push({ body, key: request.headers.get('Idempotency-Key') }),
          );
    });
    const { user } = await renderApp({
      route: '/shipping/allocate?state=suggested',
      as: 'warehouse.sh',
    });
    const rows = await bodyRows();
    const numbers = rows.map(numberOf);
    // The first and the last row: not neighbours whenever there are three or more.
    const ticked = [
      present(numbers[0], 'a first row'),
      present(numbers.slice(1).at(-1), 'a second row'),
    ];

    await user.click(screen.getByRole('checkbox', { name: `选择订单 ${ticked[0]}` }));
    await user.click(screen.getByRole('checkbox', { name: `选择订单 ${ticked[1]}` }));
    expect(screen.getByText('已选 2 单')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '接受建议（2 单）' }));

    expect(await screen.findByText('已按建议配货 2 单')).toBeInTheDocument();
    await waitFor(() => expect(sent).toHaveLength(1));
    const request = present(sent[0], 'the bulk request');
    expect(request.key).toMatch(/^[0-9a-f-]{36}$/);
    const db = getMockServer().db;
    const ids = request.body.items.map((item) => item.orderId);
    expect(ids.map((id) => db.order(id)?.number)).toEqual(ticked);
    for (const item of request.body.items) expect(item.locationId).toBeTruthy();

    const table = screen.getByRole('table', { name: TABLE });
    await waitFor(() => {
      for (const number of ticked)
        expect(within(table).queryByText(number)).not.toBeInTheDocument();
    });
    expect(screen.queryByText('已选 2 单')).not.toBeInTheDocument();
    mockServer().events.removeAllListeners();
  });

  it('keeps the override dialog open and names the SKU and location when stock ran out meanwhile', async () => {
    const { user } = await renderApp({
      route: '/shipping/allocate?state=suggested',
      as: 'warehouse.sh',
    });
    const [row] = await bodyRows();
    const number = numberOf(present(row, 'a row'));
    await user.click(screen.getByRole('button', { name: `更改订单 ${number} 的发货地点` }));

    const dialog = await screen.findByRole('dialog', { name: '更改发货地点' });
    const chosen = within(dialog)
      .getAllByRole('radio')
      .find((radio) => (radio as HTMLInputElement).checked);
    const radio = present(chosen, 'the suggested location, chosen');
    expect(radio).toHaveFocus();

    // Someone else reserves the last units of the order's first line there before it is sent.
    const db = getMockServer().db;
    const order = present(
      db.orders.find((o) => o.number === number),
      'the order',
    );
    const product = db.productAt(present(order.lines[0], 'a line'));
    const locationId = (radio as HTMLInputElement).value;
    const level = present(db.stockLevel(product.id, locationId), 'its stock there');
    db.adjustReserved(product.id, locationId, level.available);

    await user.click(within(dialog).getByRole('button', { name: '配货' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(product.sku);
    const location = present(
      db.locations.find((l) => l.id === locationId),
      'the location',
    );
    expect(alert).toHaveTextContent(location.name);
    expect(alert).toHaveTextContent(/只有 0 件可用/);
    expect(screen.getByRole('dialog', { name: '更改发货地点' })).toBeInTheDocument();
    expect(radio).toBeChecked();
  });

  it('says which SKU ran short where, and what is left, when a bulk acceptance is refused', async () => {
    const { user } = await renderApp({
      route: '/shipping/allocate?state=suggested',
      as: 'warehouse.sh',
    });
    const [row] = await bodyRows();
    const number = numberOf(present(row, 'a row'));
    const db = getMockServer().db;
    const order = present(
      db.orders.find((o) => o.number === number),
      'the order',
    );
    const answer = await fetch(`${TEST_API_BASE}/allocation/candidates?q=${number}`, {
      headers: { authorization: `Bearer ${getMockServer().sessionFor('warehouse.sh').token}` },
    });
    const { items } = (await answer.json()) as { items: AllocationCandidate[] };
    const suggested = present(present(items[0], 'its candidate').suggestion, 'a suggestion');
    const product = db.productAt(present(order.lines[0], 'a line'));
    // Another desk takes all but one of what the order needs there, after the list was shown.
    const level = present(db.stockLevel(product.id, suggested.locationId), 'its stock there');
    const needed = present(order.lines[1], 'its quantity');
    db.adjustReserved(product.id, suggested.locationId, level.available - (needed - 1));

    await user.click(screen.getByRole('checkbox', { name: `选择订单 ${number}` }));
    await user.click(screen.getByRole('button', { name: '接受建议（1 单）' }));

    const results = await screen.findByRole('dialog');
    expect(results).toHaveTextContent(
      `${suggested.locationName} 的 ${product.sku}（${product.name}）库存不足：需要 ${needed} 件，只有 ${needed - 1} 件可用`,
    );
  });

  it('allocates one order to a location and carrier of the user’s choosing, then offers its pick list', async () => {
    const sent: { path: string; body: unknown }[] = [];
    mockServer().events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/allocation'))
        void request
          .clone()
          .json()
          .then((body: unknown) => sent.push({ path: new URL(request.url).pathname, body }));
    });
    const { user } = await renderApp({
      route: '/shipping/allocate?state=suggested',
      as: 'warehouse.sh',
    });
    const rows = await bodyRows();
    const db = getMockServer().db;
    const mine = 'loc-wh-sh';
    // An order the user's own warehouse can ship.
    let number = '';
    for (const row of rows) {
      const shown = numberOf(row);
      await user.click(screen.getByRole('button', { name: `更改订单 ${shown} 的发货地点` }));
      const dialog = await screen.findByRole('dialog', { name: '更改发货地点' });
      const radio = within(dialog)
        .getAllByRole('radio')
        .find((r) => (r as HTMLInputElement).value === mine && !(r as HTMLInputElement).disabled);
      if (radio) {
        number = shown;
        await user.click(radio);
        break;
      }
      await user.keyboard('{Escape}');
    }
    expect(number).not.toBe('');
    const dialog = screen.getByRole('dialog', { name: '更改发货地点' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '快递公司' }), 'SF');
    await user.click(within(dialog).getByRole('button', { name: '配货' }));

    expect(
      await screen.findByText(new RegExp(`订单 ${number} 已配货至 上海青浦仓 · 顺丰速运`)),
    ).toBeInTheDocument();
    const order = present(
      db.orders.find((o) => o.number === number),
      'the order',
    );
    expect(sent).toEqual([
      {
        path: `/api/orders/${order.id}/allocation`,
        body: { version: expect.any(Number), locationId: mine, carrier: 'SF' },
      },
    ]);
    expect(db.order(order.id)?.status).toBe('allocated');
    const table = screen.getByRole('table', { name: TABLE });
    await waitFor(() => expect(within(table).queryByText(number)).not.toBeInTheDocument());
    const print = screen.getByRole('link', { name: '打印 上海青浦仓 的拣货单' });
    expect(print).toHaveAttribute(
      'href',
      `/shipping/pick-list?locationId=${mine}&orderId=${order.id}`,
    );
    // The row that held the focus is gone; the list keeps it.
    await waitFor(() => expect(table.contains(document.activeElement)).toBe(true));
    mockServer().events.removeAllListeners();
  });

  it('keeps the filters in the URL and flags orders no location can fulfil with the reason', async () => {
    // One waiting order whose first product is reserved to the last unit everywhere.
    const db = getMockServer().db;
    const order = present(
      db.orders.find((o) => o.status === 'approved' && o.locationId === null),
      'an order waiting for allocation',
    );
    const product = db.productAt(present(order.lines[0], 'a line'));
    for (const location of db.locations) {
      const level = db.stockLevel(product.id, location.id);
      if (level && level.available > 0) db.adjustReserved(product.id, location.id, level.available);
    }

    const { user, router } = await renderApp({
      route: '/shipping/allocate?state=unfulfillable',
      as: 'admin',
    });
    const state = await screen.findByRole('combobox', { name: '能否发齐' }, { timeout: 5000 });
    expect(state).toHaveValue('unfulfillable');
    const rows = await bodyRows();
    const flagged = present(
      rows.find((row) => numberOf(row) === order.number),
      'the order nobody can fulfil',
    );
    expect(within(flagged).getByText('无法单独发齐')).toBeInTheDocument();
    expect(flagged).toHaveTextContent(`${product.sku} 缺`);
    expect(flagged).toHaveTextContent(/最多一处有 0 件/);

    await user.selectOptions(screen.getByRole('combobox', { name: '收货区域' }), 'east');
    const params = () => new URLSearchParams(router.state.location.search);
    expect(params().get('region')).toBe('east');
    expect(params().get('state')).toBe('unfulfillable');

    await user.selectOptions(state, '');
    expect(params().get('state')).toBeNull();
    await user.type(screen.getByRole('searchbox', { name: '订单号' }), 'SO2026{Enter}');
    expect(params().get('q')).toBe('SO2026');
    expect(currentUrl(router)).toMatch(/^\/shipping\/allocate\?/);

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(router.state.location.search).toBe('');
  });
});
