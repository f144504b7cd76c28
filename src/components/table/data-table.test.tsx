import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SortingState } from '@tanstack/react-table';
import { DataTable } from './data-table';
import { createDataColumnHelper } from './features';
import { tableTestWrapper } from './test-i18n';

interface Parcel {
  id: string;
  code: string;
  weight: number;
}

const column = createDataColumnHelper<Parcel>();
const columns = column.columns([
  column.accessor('code', {
    header: 'Code',
    enableSorting: false,
    cell: (info) => <a href={`/parcels/${info.row.original.id}`}>{info.getValue()}</a>,
  }),
  column.accessor('weight', { header: 'Weight', meta: { align: 'end' } }),
]);
const rows: Parcel[] = [
  { id: 'p1', code: 'A-1', weight: 3 },
  { id: 'p2', code: 'B-2', weight: 1 },
];
const rowId = (row: Parcel) => row.id;

async function renderTable(props: Partial<Parameters<typeof DataTable<Parcel>>[0]> = {}) {
  const { wrapper } = await tableTestWrapper();
  return render(
    <DataTable label="Parcels" columns={columns} data={rows} getRowId={rowId} {...props} />,
    { wrapper },
  );
}

describe('DataTable', () => {
  it('renders a named table with column headers and one row per item', async () => {
    await renderTable();
    const table = screen.getByRole('table', { name: 'Parcels' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Code', 'Weight']);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('cell', { name: '3' })).toHaveClass('text-right');
  });

  it('redraws its cells when the column definitions change, as after switching language', async () => {
    const weightIn = (unit: string) =>
      column.columns([
        column.accessor('code', { header: 'Code' }),
        column.accessor('weight', {
          header: 'Weight',
          cell: (info) => `${info.getValue()} ${unit}`,
        }),
      ]);
    const { wrapper } = await tableTestWrapper();
    const view = render(
      <DataTable label="Parcels" columns={weightIn('kg')} data={rows} getRowId={rowId} />,
      { wrapper },
    );
    expect(screen.getByRole('cell', { name: '3 kg' })).toBeInTheDocument();
    view.rerender(
      <DataTable label="Parcels" columns={weightIn('公斤')} data={rows} getRowId={rowId} />,
    );
    expect(screen.getByRole('cell', { name: '3 公斤' })).toBeInTheDocument();
  });

  it('shows the controlled sort on the header and asks for the other direction on click', async () => {
    const onSortingChange = vi.fn<(sorting: SortingState) => void>();
    await renderTable({ sorting: [{ id: 'weight', desc: true }], onSortingChange });
    const weight = screen.getByRole('columnheader', { name: /Weight/ });
    expect(weight).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Code' })).not.toHaveAttribute('aria-sort');

    await userEvent.click(within(weight).getByRole('button'));
    expect(onSortingChange).toHaveBeenCalledWith([{ id: 'weight', desc: false }]);
  });

  it('has no sort buttons when the caller does not sort', async () => {
    await renderTable();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('opens a row on click, but leaves clicks on links inside it to the link', async () => {
    const onRowClick = vi.fn();
    await renderTable({ onRowClick });
    await userEvent.click(screen.getByRole('cell', { name: '1' }));
    expect(onRowClick).toHaveBeenCalledWith(rows[1]);

    onRowClick.mockClear();
    const link = screen.getByRole('link', { name: 'A-1' });
    link.addEventListener('click', (event) => event.preventDefault());
    await userEvent.click(link);
    expect(onRowClick).not.toHaveBeenCalled();
  });

  it('announces loading before the first page arrives', async () => {
    await renderTable({ data: undefined, isLoading: true });
    expect(screen.getByRole('status')).toHaveTextContent('正在加载');
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
  });

  it('keeps the rows visible while the next page loads', async () => {
    await renderTable({ isFetching: true });
    expect(screen.getByRole('link', { name: 'A-1' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('正在更新');
  });

  it('shows the empty content for an empty page and the error content for a failed one', async () => {
    const { rerender } = await renderTable({ data: [], empty: 'No parcels' });
    expect(screen.getByRole('cell', { name: 'No parcels' })).toBeInTheDocument();
    rerender(
      <DataTable
        label="Parcels"
        columns={columns}
        data={[]}
        getRowId={rowId}
        error={<p>Broken</p>}
      />,
    );
    expect(screen.getByText('Broken')).toBeInTheDocument();
    expect(screen.queryByText('No parcels')).not.toBeInTheDocument();
  });

  it('uses compact padding in compact density', async () => {
    await renderTable({ density: 'compact' });
    expect(screen.getByRole('cell', { name: '3' })).toHaveClass('py-1');
  });
});

describe('DataTable with many rows and a selection', () => {
  const many: Parcel[] = Array.from({ length: 1000 }, (_, index) => ({
    id: `p${index}`,
    code: `C-${index}`,
    weight: index,
  }));

  it('renders only the rows in view of a large page, telling assistive technology the whole size', async () => {
    await renderTable({ data: many, maxHeight: '30rem' });
    const table = screen.getByRole('table', { name: 'Parcels' });
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const rendered = within(table).getAllByRole('row').slice(1);
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(100);
    expect(rendered[0]).toHaveAttribute('aria-rowindex', '2');
  });

  it('keeps every row of a page of 100 or fewer', async () => {
    await renderTable({ data: many.slice(0, 100), maxHeight: '30rem' });
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(101);
  });

  it('ticks rows and the page through labelled checkboxes, passing Shift on for ranges', async () => {
    const onToggle = vi.fn();
    const onTogglePage = vi.fn();
    await renderTable({
      selection: {
        isSelected: (id) => id === 'p2',
        onToggle,
        page: 'some',
        onTogglePage,
        rowLabel: (row) => `Select ${row.code}`,
        pageLabel: 'Select page',
      },
    });
    expect(screen.getByRole('checkbox', { name: 'Select B-2' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select A-1' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select page' })).toHaveAttribute(
      'aria-checked',
      'mixed',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select A-1' }));
    expect(onToggle).toHaveBeenLastCalledWith('p1', false);
    const user = userEvent.setup();
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select A-1' }));
    expect(onToggle).toHaveBeenLastCalledWith('p1', true);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select page' }));
    expect(onTogglePage).toHaveBeenCalled();
  });
});
