import { useTable, type RowData, type SortingState, type Updater } from '@tanstack/react-table';
import { useEffect, useRef, type ReactNode } from 'react';
import { DataRow, DENSITY_CELL, type TableDensity } from './data-row';
import { dataTableFeatures, type DataColumns } from './features';
import { HeaderCell } from './header-cell';
import { useTableTranslation } from './messages';
import { SelectPageCell, useRowEvents, type RowSelection } from './row-selection';
import { useRowWindow, VirtualRows } from './virtual-rows';

/*
 * The table's parts, one file each: header cells (header-cell.tsx), body rows (data-row.tsx),
 * the window of rows on long pages (virtual-rows.tsx) and the checkbox column's plumbing
 * (row-selection.tsx). This file puts them together and owns the loading, empty and error states.
 */
export type { RowSelection } from './row-selection';

export interface DataTableProps<TData extends RowData> {
  /** The table's accessible name, also its (visually hidden) caption. */
  label: string;
  columns: DataColumns<TData>;
  /** One page of rows as the server sent it, already sorted. Keep the reference stable (query data is). */
  data: readonly TData[] | undefined;
  getRowId: (row: TData) => string;
  /** Controlled by the caller (usually the URL); the server sorts. */
  sorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  density?: TableDensity;
  /** No rows yet: skeleton rows are shown. */
  isLoading?: boolean;
  /** A newer page is on its way: the current rows stay visible under a light overlay. */
  isFetching?: boolean;
  /** Shown in place of the rows when the first load failed. */
  error?: ReactNode;
  /** Shown in place of the rows when the page is empty. */
  empty?: ReactNode;
  /** Pointer users may click anywhere on a row; keyboard users use the link in the row's first cell. */
  onRowClick?: (row: TData) => void;
  stickyHeader?: boolean;
  /** Number of skeleton rows while loading. */
  skeletonRows?: number;
  /**
   * CSS max-height of the scrolling area, e.g. 'calc(100dvh - 20rem)'. With it the table scrolls
   * inside its frame and the header stays in view; without it the table grows with its rows.
   */
  maxHeight?: string;
  /** A checkbox column; the caller keeps the selection (it may span pages). */
  selection?: RowSelection<TData>;
  /**
   * Pages with more rows than this render only the rows in view (they need `maxHeight`). Real
   * table semantics stay: aria-rowcount and aria-rowindex tell assistive technology the whole size.
   */
  virtualizeAbove?: number;
}

const NO_ROWS: readonly never[] = [];
const NO_SORTING: SortingState = [];

/**
 * A table of one server page: the server sorts and pages, this renders with proper table semantics,
 * keeps the current rows visible while the next page loads, and shows loading, empty and error states.
 */
export function DataTable<TData extends RowData>({
  label,
  columns,
  data,
  getRowId,
  sorting = NO_SORTING,
  onSortingChange,
  density = 'comfortable',
  isLoading = false,
  isFetching = false,
  error,
  empty,
  onRowClick,
  stickyHeader = true,
  skeletonRows = 8,
  maxHeight,
  selection,
  virtualizeAbove = 100,
}: DataTableProps<TData>) {
  const { t } = useTableTranslation();
  const rowsData = (data ?? NO_ROWS) as TData[];

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rowsData,
    getRowId: (row: TData) => getRowId(row),
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    enableSorting: onSortingChange !== undefined,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      onSortingChange?.(next);
    },
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  // A new page or filter starts at its first row, not where the previous one was scrolled to.
  // Not when no rows were shown before: nothing was scrolled, and setting it would force a layout.
  const shownData = useRef(data);
  useEffect(() => {
    const previous = shownData.current;
    shownData.current = data;
    if (previous === data || !previous?.length) return;
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [data]);

  const events = useRowEvents(onRowClick, selection);

  const rows = table.getRowModel().rows;
  const virtualize = maxHeight !== undefined && rows.length > virtualizeAbove;
  const rowWindow = useRowWindow(rows, scrollRef, density, virtualize);
  const dataColumnCount = Math.max(1, table.getAllLeafColumns().length);
  const columnCount = dataColumnCount + (selection ? 1 : 0);
  const showSkeleton = isLoading && rows.length === 0;
  const showError =
    !showSkeleton && rows.length === 0 && error !== undefined && error !== null && error !== false;
  const showEmpty = !showSkeleton && !showError && rows.length === 0;
  const overlay = isFetching && rows.length > 0;
  const cellPadding = DENSITY_CELL[density];

  const selectedOf = (rowId: string) => (selection ? selection.isSelected(rowId) : undefined);

  return (
    <div className="relative" data-density={density}>
      {/* The frame scrolls on its own, so keyboard users must be able to focus it to scroll. */}
      <div
        ref={scrollRef}
        role="group"
        aria-label={label}
        tabIndex={0}
        className="overflow-auto rounded-md border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-accent-500"
        style={maxHeight ? { maxHeight: `max(18rem, ${maxHeight})` } : undefined}
      >
        <table
          aria-label={label}
          aria-busy={isLoading || isFetching}
          aria-rowcount={rows.length > 0 ? rows.length + 1 : undefined}
          // A long page is laid out from the header's widths alone: with automatic layout every
          // scrolled-in row would make the browser size all columns again.
          className={`w-full border-separate border-spacing-0 text-sm text-slate-800 ${virtualize ? 'table-fixed' : ''}`}
        >
          <caption className="sr-only">{label}</caption>
          <thead className={stickyHeader ? 'sticky top-0 z-10' : undefined}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {selection && <SelectPageCell selection={selection} density={density} />}
                {group.headers.map((header) => (
                  <HeaderCell
                    key={header.id}
                    fixedLayout={virtualize}
                    header={header}
                    density={density}
                    sortLabel={(column) => t('sortBy', { column })}
                    renderHeader={<table.FlexRender header={header} />}
                  />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {showSkeleton &&
              Array.from({ length: skeletonRows }, (_, index) => (
                <tr key={`skeleton-${index}`} aria-hidden="true">
                  {Array.from({ length: columnCount }, (_, cell) => (
                    <td key={cell} className={`${cellPadding} border-b border-slate-100`}>
                      <span className="block h-3 w-3/4 animate-pulse rounded bg-slate-200" />
                    </td>
                  ))}
                </tr>
              ))}
            {showError && (
              <tr>
                <td colSpan={columnCount} className="px-4 py-10 text-center">
                  {error}
                </td>
              </tr>
            )}
            {showEmpty && (
              <tr>
                <td colSpan={columnCount} className="px-4 py-10 text-center text-slate-500">
                  {empty ?? t('empty')}
                </td>
              </tr>
            )}
            {virtualize ? (
              <VirtualRows
                rows={rows}
                virtualizer={rowWindow}
                columnCount={columnCount}
                density={density}
                selectedOf={selectedOf}
                events={events}
                columns={columns}
              />
            ) : (
              rows.map((row, index) => (
                <DataRow
                  key={row.id}
                  row={row}
                  ariaRowIndex={index + 2}
                  selected={selectedOf(row.id)}
                  density={density}
                  events={events}
                  columns={columns}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
      {showSkeleton && (
        <p role="status" className="sr-only">
          {t('loading')}
        </p>
      )}
      {overlay && (
        <div className="pointer-events-none absolute inset-0 z-20 flex items-start justify-center rounded-md bg-white/50 pt-16">
          <span
            role="status"
            className="rounded-full border border-slate-200 bg-white px-3 py-1 text-xs text-slate-600 shadow-sm"
          >
            {t('updating')}
          </span>
        </div>
      )}
    </div>
  );
}
