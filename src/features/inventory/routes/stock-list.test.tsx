import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tableRowTexts } from '@/components/table/test-rows';
import { renderApp } from '@/testing/render-app';
import { present } from '@/testing/present';

const STATUS_COLUMN = 8;

const tableRows = () => tableRowTexts('库存水平');

/** The value, or a failed test saying what was missing. */
describe('stock list', () => {
  it('lists stock levels with on hand, reserved and available', async () => {
    await renderApp({ route: '/inventory', as: 'admin' });
    await waitFor(() => expect(tableRows().length).toBeGreaterThan(1), { timeout: 5000 });
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual([
      'SKU',
      '商品',
      '类目',
      '地点',
      '在库',
      '已预留',
      '可用',
      '补货点',
      '状态',
    ]);
    expect(screen.getByText(/^共 [\d,]+ 条库存记录$/)).toBeInTheDocument();
  });

  it('reads its filters from the URL and writes changes back', async () => {
    const { user, router } = await renderApp({ route: '/inventory?status=low', as: 'admin' });
    const status = await screen.findByRole('combobox', { name: '库存状态' }, { timeout: 5000 });
    expect(status).toHaveValue('low');
    await waitFor(() => expect(tableRows().length).toBeGreaterThan(0));
    await waitFor(() =>
      expect(
        tableRows().every((cells) => cells[STATUS_COLUMN] === '库存偏低' || cells.length === 1),
      ).toBe(true),
    );

    const location = screen.getByRole('combobox', { name: '仓库/门店' }) as HTMLSelectElement;
    await waitFor(() => expect(location.options.length).toBeGreaterThan(1));
    const chosen = present(location.options[1], 'a location option');
    await user.selectOptions(location, chosen.value);
    const params = () => new URLSearchParams(router.state.location.search);
    expect(params().get('locationId')).toBe(chosen.value);
    expect(params().get('status')).toBe('low');

    const category = screen.getByRole('combobox', { name: '类目' }) as HTMLSelectElement;
    await waitFor(() => expect(category.options.length).toBeGreaterThan(1));
    const firstCategory = present(category.options[1], 'a category option').value;
    await user.selectOptions(category, firstCategory);
    expect(params().get('category')).toBe(firstCategory);

    await user.type(screen.getByRole('searchbox', { name: '搜索商品' }), 'SKU{Enter}');
    expect(params().get('q')).toBe('SKU');
  });
});
