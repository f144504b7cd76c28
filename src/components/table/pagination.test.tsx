import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Pagination } from './pagination';
import { tableTestWrapper } from './test-i18n';

async function renderPager(props: Partial<Parameters<typeof Pagination>[0]> = {}) {
  const { wrapper } = await tableTestWrapper();
  const onPageChange = vi.fn();
  const onPageSizeChange = vi.fn();
  render(
    <Pagination
      page={2}
      pageSize={50}
      total={1234}
      onPageChange={onPageChange}
      onPageSizeChange={onPageSizeChange}
      {...props}
    />,
    {
      wrapper,
    },
  );
  return { onPageChange, onPageSizeChange };
}

describe('Pagination', () => {
  it('shows the total, the range and page x of y in a labelled navigation', async () => {
    await renderPager();
    const nav = screen.getByRole('navigation', { name: '分页' });
    expect(nav).toHaveTextContent('共 1,234 条');
    expect(nav).toHaveTextContent('第 51–100 条');
    expect(nav).toHaveTextContent('第 2 / 25 页');
  });

  it('moves between pages with labelled buttons', async () => {
    const { onPageChange } = await renderPager();
    await userEvent.click(screen.getByRole('button', { name: '下一页' }));
    await userEvent.click(screen.getByRole('button', { name: '上一页' }));
    await userEvent.click(screen.getByRole('button', { name: '最后一页' }));
    await userEvent.click(screen.getByRole('button', { name: '第一页' }));
    expect(onPageChange.mock.calls).toEqual([[3], [1], [25], [1]]);
  });

  it('disables the way back on the first page and the way on on the last', async () => {
    await renderPager({ page: 1, total: 40 });
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
  });

  it('offers 50, 100, 500 and 1000 rows per page', async () => {
    const { onPageSizeChange } = await renderPager();
    const select = screen.getByRole('combobox', { name: '每页条数' });
    expect([...(select as HTMLSelectElement).options].map((o) => o.value)).toEqual([
      '50',
      '100',
      '500',
      '1000',
    ]);
    await userEvent.selectOptions(select, '500');
    expect(onPageSizeChange).toHaveBeenCalledWith(500);
  });
});
