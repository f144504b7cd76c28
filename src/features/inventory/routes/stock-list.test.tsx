import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tableRowTexts } from '@/components/table/test-rows';
import { currentUrl, renderApp } from '@/testing/render-app';
import { present } from '@/testing/present';

const TABLE = '库存水平';
const STATUS_COLUMN = 11;
const tableRows = () => tableRowTexts(TABLE);
const rowsLoaded = () =>
  waitFor(() => expect(tableRows().length).toBeGreaterThan(1), { timeout: 10_000 });
const header = (name: string) =>
  present(
    screen.getAllByRole('columnheader').find((th) => th.textContent === name),
    `the ${name} column`,
  );

describe('stock list', () => {
  it('shows every figure of a level, with sales, cover and thresholds', async () => {
    await renderApp({ route: '/inventory', as: 'admin' });
    await rowsLoaded();
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual([
      'SKU',
      '商品',
      '类目',
      '地点',
      '在手',
      '已预留',
      '可用',
      '补货点',
      '日均销量',
      '可售天数',
      '目标天数',
      '状态',
      '操作',
    ]);
    expect(screen.getByText(/^共 [\d,]+ 条库存记录$/)).toBeInTheDocument();
    expect(header('SKU')).toHaveAttribute('aria-sort', 'ascending');
    // Velocity has one decimal; cover too, or a dash for "no sales".
    for (const cells of tableRows()) {
      expect(cells[8]).toMatch(/^[\d,]+\.\d$/);
      expect(cells[9]).toMatch(/^([\d,]+\.\d|—近 30 天无销量)$/);
    }
  });

  it('keeps filters and sort in the URL, and a reload shows the same view', async () => {
    const { user, router } = await renderApp({ route: '/inventory?status=low', as: 'admin' });
    const status = await screen.findByRole('combobox', { name: '库存状态' }, { timeout: 10_000 });
    expect(status).toHaveValue('low');
    await rowsLoaded();
    await waitFor(() =>
      expect(tableRows().every((cells) => cells[STATUS_COLUMN] === '低库存')).toBe(true),
    );
    const params = () => new URLSearchParams(router.state.location.search);

    const location = screen.getByRole('combobox', { name: '仓库/门店' }) as HTMLSelectElement;
    await waitFor(() => expect(location.options.length).toBeGreaterThan(1));
    const chosen = present(location.options[1], 'a location option');
    await user.selectOptions(location, chosen.value);
    expect(params().get('locationId')).toBe(chosen.value);
    expect(params().get('status')).toBe('low');

    const category = screen.getByRole('combobox', { name: '类目' }) as HTMLSelectElement;
    await waitFor(() => expect(category.options.length).toBeGreaterThan(1));
    const firstCategory = present(category.options[1], 'a category option').value;
    await user.selectOptions(category, firstCategory);
    expect(params().get('category')).toBe(firstCategory);

    // Figures sort largest first on the first click, then the other way round.
    await user.click(within(header('可售天数')).getByRole('button'));
    expect(params().get('sort')).toBe('-daysOfCover');
    await user.click(within(header('可售天数')).getByRole('button'));
    expect(params().get('sort')).toBe('daysOfCover');
    expect(header('可售天数')).toHaveAttribute('aria-sort', 'ascending');

    await user.type(screen.getByRole('searchbox', { name: '搜索商品' }), 'SKU{Enter}');
    expect(params().get('q')).toBe('SKU');

    // A reload: the same address in a fresh app.
    const url = currentUrl(router);
    cleanup();
    await renderApp({ route: url, as: 'admin' });
    expect(
      await screen.findByRole('combobox', { name: '库存状态' }, { timeout: 10_000 }),
    ).toHaveValue('low');
    expect(screen.getByRole('combobox', { name: '类目' })).toHaveValue(firstCategory);
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: '仓库/门店' })).toHaveValue(chosen.value),
    );
    expect(screen.getByRole('searchbox', { name: '搜索商品' })).toHaveValue('SKU');
    expect(header('可售天数')).toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts on the server: the most reserved first', async () => {
    const { user } = await renderApp({ route: '/inventory', as: 'admin' });
    await rowsLoaded();
    await user.click(within(header('已预留')).getByRole('button'));
    await waitFor(() => expect(header('已预留')).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => {
      const reserved = tableRows().map((cells) => Number((cells[5] ?? '').replace(/,/g, '')));
      expect(reserved).toEqual([...reserved].sort((a, b) => b - a));
      expect(reserved[0]).toBeGreaterThan(0);
    });
  });

  it('gives a warehouse operator adjustments and history, never threshold editing', async () => {
    const { user } = await renderApp({ route: '/inventory', as: 'warehouse.sh' });
    await rowsLoaded();
    expect(screen.queryByRole('button', { name: '按品类设置阈值' })).not.toBeInTheDocument();
    const menus = screen.getAllByRole('button', { name: /的操作$/ });
    const first = present(menus[0], 'a row menu');
    first.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['调整库存', '变更记录']);
    expect(screen.queryByText('设置阈值')).not.toBeInTheDocument();
  });
});
