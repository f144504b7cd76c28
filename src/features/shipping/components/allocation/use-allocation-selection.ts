import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n';
import type { AllocationCandidate } from '@/api/contract/fulfilment';
import type { RowSelection } from '@/components/table';

interface SelectionState {
  /** The filter the selection belongs to; another filter starts empty. */
  filterKey: string;
  /** Selected orders with the row as it was shown: the bulk request sends its version and suggestion. */
  rows: ReadonlyMap<string, AllocationCandidate>;
  /** The last row toggled by itself: Shift extends from it. */
  anchor: string | null;
}

const EMPTY: ReadonlyMap<string, AllocationCandidate> = new Map();

/**
 * The ticked orders of the allocation list. They stay ticked across pages of one filter; a new
 * filter starts empty. A row that is ticked again after a refetch keeps the newest version.
 */
export function useAllocationSelection(filterKey: string, items: readonly AllocationCandidate[]) {
  const { t } = useTranslation('allocation');
  const [state, setState] = useState<SelectionState>({ filterKey, rows: EMPTY, anchor: null });
  const current = state.filterKey === filterKey ? state : { filterKey, rows: EMPTY, anchor: null };

  const setRows = useCallback(
    (rows: readonly AllocationCandidate[], selected: boolean, anchor: string | null) =>
      setState((previous) => {
        const base = previous.filterKey === filterKey ? previous.rows : EMPTY;
        const next = new Map(base);
        for (const row of rows) {
          if (selected) next.set(row.order.id, row);
          else next.delete(row.order.id);
        }
        return { filterKey, rows: next, anchor };
      }),
    [filterKey],
  );

  const tableProps = useMemo<RowSelection<AllocationCandidate>>(() => {
    const ids = items.map((item) => item.order.id);
    const ticked = ids.filter((id) => current.rows.has(id)).length;
    return {
      isSelected: (id) => current.rows.has(id),
      onToggle: (id, range) => {
        const to = ids.indexOf(id);
        const row = items[to];
        if (!row) return;
        const selected = !current.rows.has(id);
        const from = current.anchor === null ? -1 : ids.indexOf(current.anchor);
        if (range && from >= 0) {
          const [start, end] = from < to ? [from, to] : [to, from];
          setRows(items.slice(start, end + 1), selected, id);
        } else setRows([row], selected, id);
      },
      page: ticked === 0 ? 'none' : ticked === ids.length ? 'all' : 'some',
      onTogglePage: () => setRows(items, ticked !== ids.length, null),
      rowLabel: (row) => t('selection.row', { number: row.order.number }),
      pageLabel: t('selection.page'),
    };
  }, [items, current, setRows, t]);

  const selected = useMemo(() => [...current.rows.values()], [current.rows]);

  return {
    selected,
    tableProps,
    clear: () => setState({ filterKey, rows: EMPTY, anchor: null }),
    /** Unticks these orders (they were allocated and left the list). */
    remove: (orderIds: readonly string[]) =>
      setState((previous) => {
        const next = new Map(previous.rows);
        for (const id of orderIds) next.delete(id);
        return { ...previous, rows: next };
      }),
  };
}
