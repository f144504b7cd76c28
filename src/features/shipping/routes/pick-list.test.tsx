import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getMockServer } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';

// Generous under a full parallel run: each file seeds its own mock backend.
const SLOW = { timeout: 5000 };

const quantityOf = (cell: HTMLElement | undefined) => Number(cell?.textContent?.replace(/,/g, ''));

// The Shanghai warehouse's orders waiting to ship rise and fall with the hour the data is seeded
// at; with the default 2,000 orders there are as few as two, these tests tick three or more.
getMockServer({ orders: 8_000 });

describe('pick list and packing slips', () => {
  it('totals each SKU over exactly the packing slips of the ticked orders', async () => {
    const { user, router } = await renderApp({ route: '/shipping', as: 'warehouse.sh' });
    const queue = await screen.findByRole('table', { name: '待发货订单' }, { timeout: 5000 });
    await waitFor(() => expect(within(queue).getAllByRole('row').length).toBeGreaterThan(4), SLOW);
    const rows = within(queue).getAllByRole('row').slice(1, 4);
    for (const row of rows) await user.click(within(row).getByRole('checkbox'));
    const numbers = rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent ?? '');
    await user.click(screen.getByRole('link', { name: '打印拣货单（已选 3 单）' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/shipping/pick-list'), SLOW);

    const sheet = await screen.findByRole(
      'table',
      { name: '按品类和 SKU 汇总的拣货数量' },
      { timeout: 5000 },
    );
    const slips = screen.getAllByRole('article');
    expect(slips).toHaveLength(3);

    // Each slip: its order number as a barcode, and its lines by SKU.
    const fromSlips = new Map<string, number>();
    for (const [index, slip] of slips.entries()) {
      const number = numbers.find((candidate) =>
        within(slip).queryByText(candidate, { selector: 'p' }),
      );
      expect(number, `slip ${index} is one of the ticked orders`).toBeDefined();
      expect(within(slip).getByRole('img', { name: `订单号条码 ${number}` })).toBeInTheDocument();
      const lines = within(within(slip).getByRole('table')).getAllByRole('row').slice(1, -1);
      for (const line of lines) {
        const [sku, , quantity] = within(line).getAllByRole('cell');
        const key = sku?.textContent ?? '';
        fromSlips.set(key, (fromSlips.get(key) ?? 0) + quantityOf(quantity));
      }
    }

    const fromSheet = new Map<string, number>();
    for (const row of within(sheet).getAllByRole('row')) {
      const cells = within(row).queryAllByRole('cell');
      if (cells.length !== 5) continue; // the header and the category rows
      fromSheet.set(cells[1]?.textContent ?? '', quantityOf(cells[3]));
    }
    expect(fromSheet.size).toBeGreaterThan(0);
    expect(fromSheet).toEqual(fromSlips);
    expect(screen.getByText('订单数', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      '3',
    );
  }, 30_000);

  it('prints from its toolbar and shows only the chosen sheet', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await renderApp({
      route: '/shipping/pick-list?locationId=loc-wh-sh&view=slips',
      as: 'warehouse.sh',
    });
    const toolbar = await screen.findByRole('toolbar', { name: '打印工具栏' }, { timeout: 5000 });
    expect(within(toolbar).getByRole('radio', { name: '装箱单' })).toBeChecked();
    await waitFor(() => expect(screen.getAllByRole('article').length).toBeGreaterThan(0), SLOW);
    expect(
      screen.queryByRole('table', { name: '按品类和 SKU 汇总的拣货数量' }),
    ).not.toBeInTheDocument();

    await user.click(within(toolbar).getByRole('radio', { name: '拣货单' }));
    expect(screen.getByRole('table', { name: '按品类和 SKU 汇总的拣货数量' })).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);

    await user.click(within(toolbar).getByRole('button', { name: '打印' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  }, 30_000);
});
