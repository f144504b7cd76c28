import {
  useTable,
  type Header,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import {
  dataTableFeatures,
  type DataColumnMeta,
  type DataColumns,
  type DataTableFeatures,
} from './features';
import { useTableTranslation } from './messages';

export type TableDensity = 'comfortable' | 'compact';

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
}

const NO_ROWS: readonly never[] = [];
const NO_SORTING: SortingState = [];

const ALIGN_CLASS: Record<NonNullable<DataColumnMeta['align']>, string> = {
  start: 'text-left',
  end: 'text-right tabular-nums',
  center: 'text-center',
};

const DENSITY_CELL: Record<TableDensity, string> = {
  comfortable: 'px-3 py-2.5',
  compact: 'px-2.5 py-1',
};

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

function isInteractive(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('a, button, input, select, textarea, label, [role="button"]') !== null
  );
}

function HeaderCell<TData extends RowData>({
  header,
  density,
  renderHeader,
  sortLabel,
}: {
  header: Header<DataTableFeatures, TData, unknown>;
  density: TableDensity;
  renderHeader: ReactNode;
  sortLabel: (column: string) => string;
}) {
  const meta: DataColumnMeta = header.column.columnDef.meta ?? {};
  const canSort = header.column.getCanSort();
  const direction = header.column.getIsSorted();
  const align = meta.align ?? 'start';
  const columnName =
    typeof header.column.columnDef.header === 'string'
      ? header.column.columnDef.header
      : header.column.id;
  return (
    <th
      scope="col"
      aria-sort={canSort ? ariaSort(direction) : undefined}
      style={meta.width ? { width: meta.width } : undefined}
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
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [data]);

  const rows = table.getRowModel().rows;
  const columnCount = Math.max(1, table.getAllLeafColumns().length);
  const showSkeleton = isLoading && rows.length === 0;
  const showError =
    !showSkeleton && rows.length === 0 && error !== undefined && error !== null && error !== false;
  const showEmpty = !showSkeleton && !showError && rows.length === 0;
  const overlay = isFetching && rows.length > 0;
  const cellPadding = DENSITY_CELL[density];

  const handleRowClick = (row: TData) => (event: MouseEvent<HTMLTableRowElement>) => {
    if (!onRowClick || isInteractive(event.target)) return;
    // Selecting text in a row is not a request to open it.
    if (window.getSelection()?.toString()) return;
    onRowClick(row);
  };

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
          className="w-full border-separate border-spacing-0 text-sm text-slate-800"
        >
          <caption className="sr-only">{label}</caption>
          <thead className={stickyHeader ? 'sticky top-0 z-10' : undefined}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <HeaderCell
                    key={header.id}
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
            {rows.map((row) => (
              <tr
                key={row.id}
                onClick={onRowClick ? handleRowClick(row.original) : undefined}
                className={`group ${onRowClick ? 'cursor-pointer' : ''} hover:bg-slate-50`}
              >
                {row.getAllCells().map((cell) => {
                  const meta: DataColumnMeta = cell.column.columnDef.meta ?? {};
                  return (
                    <td
                      key={cell.id}
                      className={`${cellPadding} ${ALIGN_CLASS[meta.align ?? 'start']} border-b border-slate-100 align-middle ${
                        meta.nowrap ? 'max-w-[16rem] truncate whitespace-nowrap' : ''
                      }`}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))}
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
