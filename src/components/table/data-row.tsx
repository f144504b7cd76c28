import { FlexRender, type Row, type RowData } from '@tanstack/react-table';
import { memo, useEffect, useRef, type ChangeEvent, type MouseEvent } from 'react';
import type { DataColumnMeta, DataTableFeatures } from './features';

export type TableDensity = 'comfortable' | 'compact';

export const DENSITY_CELL: Record<TableDensity, string> = {
  comfortable: 'px-3 py-2.5',
  compact: 'px-2.5 py-1',
};

export const ALIGN_CLASS: Record<NonNullable<DataColumnMeta['align']>, string> = {
  start: 'text-left',
  end: 'text-right tabular-nums',
  center: 'text-center',
};

export function cellClass(meta: DataColumnMeta, density: TableDensity): string {
  return `${DENSITY_CELL[density]} ${ALIGN_CLASS[meta.align ?? 'start']} border-b border-slate-100 align-middle ${
    meta.nowrap ? 'max-w-[16rem] truncate whitespace-nowrap' : ''
  }`;
}

/** What rows need from the table that never changes while it is shown (kept stable by the table). */
export interface RowEvents<TData> {
  /** Null when rows do not open on click. */
  click: ((row: TData, event: MouseEvent<HTMLTableRowElement>) => void) | null;
  toggle: (rowId: string, range: boolean) => void;
  checkboxLabel: (row: TData) => string;
}

interface DataRowProps<TData extends RowData> {
  row: Row<DataTableFeatures, TData>;
  /** 1-based position among all the table's rows, the header row being 1. */
  ariaRowIndex: number;
  /** Undefined when the table has no selection column. */
  selected: boolean | undefined;
  density: TableDensity;
  events: RowEvents<TData>;
  /**
   * The table's column definitions. Unused by the row itself, but new definitions (another
   * language, other callbacks) must re-render every memoised row: its cells come from them.
   */
  columns: unknown;
  /** The virtualizer's measuring ref and index, when rows are virtualized. */
  measure?: (element: HTMLTableRowElement | null) => void;
  virtualIndex?: number;
}

function DataRowImpl<TData extends RowData>({
  row,
  ariaRowIndex,
  selected,
  density,
  events,
  measure,
  virtualIndex,
}: DataRowProps<TData>) {
  const clickable = events.click !== null;
  return (
    <tr
      ref={measure}
      data-index={virtualIndex}
      aria-rowindex={ariaRowIndex}
      onClick={clickable ? (event) => events.click?.(row.original, event) : undefined}
      className={`group ${clickable ? 'cursor-pointer' : ''} ${
        selected ? 'bg-accent-50/60 hover:bg-accent-50' : 'hover:bg-slate-50'
      }`}
    >
      {selected !== undefined && (
        <td className={`${DENSITY_CELL[density]} w-10 border-b border-slate-100 align-middle`}>
          <RowCheckbox
            checked={selected}
            label={events.checkboxLabel(row.original)}
            onToggle={(range) => events.toggle(row.id, range)}
          />
        </td>
      )}
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={cellClass(cell.column.columnDef.meta ?? {}, density)}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}

/**
 * A body row. Memoised: a selection change re-renders only the rows whose tick changed, and
 * scrolling a virtualized page renders only the rows coming into view.
 */
export const DataRow = memo(DataRowImpl) as typeof DataRowImpl;

const CHECKBOX =
  'size-4 cursor-pointer rounded border-slate-400 accent-accent-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600';

export function RowCheckbox({
  checked,
  indeterminate = false,
  label,
  onToggle,
}: {
  checked: boolean;
  indeterminate?: boolean;
  label: string;
  onToggle: (range: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      checked={checked}
      aria-checked={indeterminate ? 'mixed' : checked}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        // A click with Shift extends from the last ticked row; the change event carries the click.
        const native = event.nativeEvent as Partial<globalThis.MouseEvent>;
        onToggle(native.shiftKey === true);
      }}
      className={CHECKBOX}
    />
  );
}
