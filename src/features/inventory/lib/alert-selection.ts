import { useState } from 'react';
import type { AlertQuery, StockAlert } from '@/api/contract/inventory';
import type { RowSelection } from '@/components/table';

/** The filters without paging: a selection belongs to one filtered list and ends when it changes. */
function filterKey(query: AlertQuery): string {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return JSON.stringify(filters);
}

/**
 * The ticked alerts of the list, kept across its pages (with the version each had when ticked)
 * and dropped when the filters change.
 */
export function useAlertSelection(
  rows: readonly StockAlert[] | undefined,
  query: AlertQuery,
  rowLabel: (alert: StockAlert) => string,
) {
  const key = filterKey(query);
  const [picked, setPicked] = useState<{ key: string; alerts: ReadonlyMap<string, StockAlert> }>(
    () => ({ key, alerts: new Map() }),
  );
  const alerts = picked.key === key ? picked.alerts : new Map<string, StockAlert>();
  const pageRows = rows ?? [];
  const onPage = pageRows.filter((row) => alerts.has(row.id)).length;

  function set(next: Map<string, StockAlert>) {
    setPicked({ key, alerts: next });
  }

  const table: Omit<RowSelection<StockAlert>, 'pageLabel'> = {
    isSelected: (id) => alerts.has(id),
    onToggle: (id) => {
      const next = new Map(alerts);
      const row = pageRows.find((candidate) => candidate.id === id);
      if (next.has(id)) next.delete(id);
      else if (row) next.set(id, row);
      set(next);
    },
    page: onPage === 0 ? 'none' : onPage === pageRows.length ? 'all' : 'some',
    onTogglePage: () => {
      const next = new Map(alerts);
      if (onPage === pageRows.length) pageRows.forEach((row) => next.delete(row.id));
      else pageRows.forEach((row) => next.set(row.id, row));
      set(next);
    },
    rowLabel,
  };

  return {
    table,
    selected: [...alerts.values()],
    clear: () => set(new Map()),
  };
}
