import type { Header, RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { ALIGN_CLASS, DENSITY_CELL, type TableDensity } from './data-row';
import type { DataColumnMeta, DataTableFeatures } from './features';

function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  if (direction === 'asc') return 'ascending';
  if (direction === 'desc') return 'descending';
  return 'none';
}

function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className="h-3 w-3 shrink-0" fill="currentColor">
      <path d="M6 1.5 9 5H3z" opacity={direction === 'asc' ? 1 : 0.3} />
      <path d="M6 10.5 3 7h6z" opacity={direction === 'desc' ? 1 : 0.3} />
    </svg>
  );
}

/** A column header; a sortable column's header is a button that tells its sort through aria-sort. */
export function HeaderCell<TData extends RowData>({
  header,
  density,
  renderHeader,
  sortLabel,
  fixedLayout,
}: {
  header: Header<DataTableFeatures, TData, unknown>;
  density: TableDensity;
  fixedLayout: boolean;
  renderHeader: ReactNode;
  sortLabel: (column: string) => string;
}) {
  const meta: DataColumnMeta = header.column.columnDef.meta ?? {};
  const canSort = header.column.getCanSort();
  const direction = header.column.getIsSorted();
  const align = meta.align ?? 'start';
  const width = (fixedLayout ? meta.fixedWidth : undefined) ?? meta.width;
  const columnName =
    typeof header.column.columnDef.header === 'string'
      ? header.column.columnDef.header
      : header.column.id;
  return (
    <th
      scope="col"
      aria-sort={canSort ? ariaSort(direction) : undefined}
      style={width ? { width } : undefined}
      className={`${DENSITY_CELL[density]} ${ALIGN_CLASS[align]} whitespace-nowrap border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600`}
    >
      {header.isPlaceholder ? null : canSort ? (
        <button
          type="button"
          onClick={header.column.getToggleSortingHandler()}
          title={sortLabel(columnName)}
          className={`inline-flex items-center gap-1 rounded-sm hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600 ${
            align === 'end' ? 'flex-row-reverse' : ''
          } ${direction ? 'text-slate-900' : ''}`}
        >
          {renderHeader}
          <SortIcon direction={direction} />
        </button>
      ) : (
        renderHeader
      )}
    </th>
  );
}
