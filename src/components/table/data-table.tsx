import {
  useTable,
  type Header,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import {
  ALIGN_CLASS,
  DataRow,
  DENSITY_CELL,
  RowCheckbox,
  type RowEvents,
  type TableDensity,
} from './data-row';
import {
  dataTableFeatures,
  type DataColumnMeta,
  type DataColumns,
  type DataTableFeatures,
} from './features';
import { useTableTranslation } from './messages';

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

export interface RowSelection<TData> {
  isSelected: (rowId: string) => boolean;
  /** `range`: Shift was held, extend from the last toggled row. */
  onToggle: (rowId: string, range: boolean) => void;
  /** The header checkbox: how much of the shown page is selected. */
  page: 'none' | 'some' | 'all';
  onTogglePage: () => void;
  /** The accessible name of a row's checkbox, e.g. "Select SO2026…". */
  rowLabel: (row: TData) => string;
  pageLabel: string;
}

const NO_ROWS: readonly never[] = [];
const NO_SORTING: SortingState = [];

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
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [data]);

  // Rows are memoised; they reach the caller's latest callbacks through this ref, so a new
  // callback from the caller does not re-render every row.
  const latest = useRef({ onRowClick, selection });
  useEffect(() => {
    latest.current = { onRowClick, selection };
  });
  const hasRowClick = onRowClick !== undefined;
  const events = useMemo<RowEvents<TData>>(
    () => ({
      click: hasRowClick
        ? (row, event) => {
            if (isInteractive(event.target)) return;
            // Selecting text in a row is not a request to open it.
            if (window.getSelection()?.toString()) return;
            latest.current.onRowClick?.(row);
          }
        : null,
      toggle: (rowId, range) => latest.current.selection?.onToggle(rowId, range),
      checkboxLabel: (row) => latest.current.selection?.rowLabel(row) ?? '',
    }),
    [hasRowClick],
  );

  const rows = table.getRowModel().rows;
  const virtualize = maxHeight !== undefined && rows.length > virtualizeAbove;
  // The compiler skips this component because the virtualizer's functions change on every scroll;
  // that is what it should do here, since rows must re-render from fresh measurements.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: virtualize ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE[density],
    overscan: 12,
    getItemKey: (index) => rows[index]?.id ?? index,
    // A frame not laid out yet (or without layout at all) still shows a screenful of rows.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_VIEWPORT }),
      ),
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      return size > 0 ? size : ROW_HEIGHT_ESTIMATE[density];
    },
  });

  const dataColumnCount = Math.max(1, table.getAllLeafColumns().length);
  const columnCount = dataColumnCount + (selection ? 1 : 0);
  const showSkeleton = isLoading && rows.length === 0;
  const showError =
    !showSkeleton && rows.length === 0 && error !== undefined && error !== null && error !== false;
  const showEmpty = !showSkeleton && !showError && rows.length === 0;
  const overlay = isFetching && rows.length > 0;
  const cellPadding = DENSITY_CELL[density];

  const selectedOf = (rowId: string) => (selection ? selection.isSelected(rowId) : undefined);
  const virtualItems = virtualize ? virtualizer.getVirtualItems() : [];
  const paddingTop = virtualItems[0]?.start ?? 0;
  const paddingBottom = virtualize
    ? virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0)
    : 0;

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
          className="w-full border-separate border-spacing-0 text-sm text-slate-800"
        >
          <caption className="sr-only">{label}</caption>
          <thead className={stickyHeader ? 'sticky top-0 z-10' : undefined}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {selection && (
                  <th
                    scope="col"
                    className={`${cellPadding} w-10 border-b border-slate-200 bg-slate-50 text-left`}
                  >
                    <RowCheckbox
                      checked={selection.page === 'all'}
                      indeterminate={selection.page === 'some'}
                      label={selection.pageLabel}
                      onToggle={() => selection.onTogglePage()}
                    />
                  </th>
                )}
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
            {virtualize ? (
              <>
                {paddingTop > 0 && <SpacerRow height={paddingTop} columnCount={columnCount} />}
                {virtualItems.map((item) => {
                  const row = rows[item.index];
                  if (!row) return null;
                  return (
                    <DataRow
                      key={row.id}
                      row={row}
                      ariaRowIndex={item.index + 2}
                      selected={selectedOf(row.id)}
                      density={density}
                      events={events}
                      measure={virtualizer.measureElement}
                      virtualIndex={item.index}
                    />
                  );
                })}
                {paddingBottom > 0 && (
                  <SpacerRow height={paddingBottom} columnCount={columnCount} />
                )}
              </>
            ) : (
              rows.map((row, index) => (
                <DataRow
                  key={row.id}
                  row={row}
                  ariaRowIndex={index + 2}
                  selected={selectedOf(row.id)}
                  density={density}
                  events={events}
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

const UNMEASURED_VIEWPORT = 720;

/** Rows' height before they are measured: the virtualizer's first guess of the page's length. */
const ROW_HEIGHT_ESTIMATE: Record<TableDensity, number> = { comfortable: 53, compact: 37 };

/** Stands in for the rows above or below the rendered window, so the scrollbar shows the whole page. */
function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={columnCount} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
