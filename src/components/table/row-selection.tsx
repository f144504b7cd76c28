import type { RowData } from '@tanstack/react-table';
import { useEffect, useMemo, useRef } from 'react';
import { DENSITY_CELL, RowCheckbox, type RowEvents, type TableDensity } from './data-row';

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

function isInteractive(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('a, button, input, select, textarea, label, [role="button"]') !== null
  );
}

/**
 * What every row calls on a click or a tick, stable for the table's life. Rows are memoised;
 * they reach the caller's latest callbacks through a ref, so a new callback from the caller does
 * not re-render every row.
 */
export function useRowEvents<TData extends RowData>(
  onRowClick: ((row: TData) => void) | undefined,
  selection: RowSelection<TData> | undefined,
): RowEvents<TData> {
  const latest = useRef({ onRowClick, selection });
  useEffect(() => {
    latest.current = { onRowClick, selection };
  });
  const hasRowClick = onRowClick !== undefined;
  return useMemo<RowEvents<TData>>(
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
}

/** The header of the checkbox column: ticks or clears the whole shown page. */
export function SelectPageCell<TData>({
  selection,
  density,
}: {
  selection: RowSelection<TData>;
  density: TableDensity;
}) {
  return (
    <th
      scope="col"
      className={`${DENSITY_CELL[density]} w-10 border-b border-slate-200 bg-slate-50 text-left`}
    >
      <RowCheckbox
        checked={selection.page === 'all'}
        indeterminate={selection.page === 'some'}
        label={selection.pageLabel}
        onToggle={() => selection.onTogglePage()}
      />
    </th>
  );
}
