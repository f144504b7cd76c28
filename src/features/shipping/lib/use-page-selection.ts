import { useMemo, useRef, useState } from 'react';
import type { RowSelection } from '@/components/table';

/**
 * A checkbox selection over the shown page: rows tick one by one, Shift extends a range from the
 * last ticked row, the header ticks or clears the page. Rows that leave the page leave the selection.
 */
export function usePageSelection<TRow>(
  rows: readonly TRow[],
  idOf: (row: TRow) => string,
  labels: { row: (row: TRow) => string; page: string },
): { selection: RowSelection<TRow>; selectedIds: string[]; clear: () => void } {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const ids = useMemo(() => rows.map(idOf), [rows, idOf]);
  const selectedIds = useMemo(() => ids.filter((id) => ticked.has(id)), [ids, ticked]);

  const selection: RowSelection<TRow> = {
    isSelected: (id) => ticked.has(id),
    onToggle: (id, range) => {
      setTicked((current) => {
        const next = new Set(current);
        const from = anchor.current === null ? -1 : ids.indexOf(anchor.current);
        const to = ids.indexOf(id);
        const turnOn = !current.has(id);
        if (range && from >= 0 && to >= 0) {
          const [low, high] = from < to ? [from, to] : [to, from];
          for (const rangeId of ids.slice(low, high + 1)) {
            if (turnOn) next.add(rangeId);
            else next.delete(rangeId);
          }
        } else if (turnOn) next.add(id);
        else next.delete(id);
        return next;
      });
      anchor.current = id;
    },
    page: selectedIds.length === 0 ? 'none' : selectedIds.length === ids.length ? 'all' : 'some',
    onTogglePage: () => setTicked(selectedIds.length === ids.length ? new Set() : new Set(ids)),
    rowLabel: labels.row,
    pageLabel: labels.page,
  };
  return { selection, selectedIds, clear: () => setTicked(new Set()) };
}
