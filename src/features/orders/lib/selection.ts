import type { BulkSelection } from '@/api/contract/order-commands';
import type { OrderFilterQuery } from '@/api/contract/orders';
import type { StatusTab } from '@/domain/order/status';

/**
 * Which orders of one filter are selected. Either the ids the user ticked, or every order matching
 * the filter ("all") except the ids they unticked afterwards: the backend resolves "all" from the
 * filter, so it covers orders on pages the browser never loaded.
 */
export interface Selection {
  /** The filter the selection belongs to (see `filterKeyOf`); another filter starts empty. */
  filterKey: string;
  all: boolean;
  /** Ticked ids when not `all`; unticked ids when `all`. */
  ids: ReadonlySet<string>;
  /** The last row toggled by itself: shift-click selects from it. */
  anchor: string | null;
}

export type PageSelectionState = 'none' | 'some' | 'all';

export function emptySelection(filterKey: string): Selection {
  return { filterKey, all: false, ids: new Set(), anchor: null };
}

export function isSelected(selection: Selection, id: string): boolean {
  return selection.all ? !selection.ids.has(id) : selection.ids.has(id);
}

/** How many orders are selected, given how many match the filter. */
export function selectedCount(selection: Selection, total: number): number {
  return selection.all ? Math.max(0, total - selection.ids.size) : selection.ids.size;
}

/** Sets several rows at once (a page, or a shift-click range). */
export function setRows(
  selection: Selection,
  ids: readonly string[],
  selected: boolean,
): Selection {
  const next = new Set(selection.ids);
  // In "all" mode the set holds exclusions, so selecting removes from it.
  const addToSet = selection.all ? !selected : selected;
  for (const id of ids) {
    if (addToSet) next.add(id);
    else next.delete(id);
  }
  return { ...selection, ids: next };
}

/**
 * Toggles one row. With `range`, every row from the anchor to this one (in page order) takes the
 * new state of this row, as in a file manager.
 */
export function toggleRow(
  selection: Selection,
  id: string,
  pageIds: readonly string[],
  range = false,
): Selection {
  const selected = !isSelected(selection, id);
  const from = selection.anchor === null ? -1 : pageIds.indexOf(selection.anchor);
  const to = pageIds.indexOf(id);
  if (range && from >= 0 && to >= 0) {
    const [start, end] = from < to ? [from, to] : [to, from];
    return { ...setRows(selection, pageIds.slice(start, end + 1), selected), anchor: id };
  }
  return { ...setRows(selection, [id], selected), anchor: id };
}

export function pageSelectionState(
  selection: Selection,
  pageIds: readonly string[],
): PageSelectionState {
  const count = pageIds.filter((id) => isSelected(selection, id)).length;
  if (count === 0) return 'none';
  return count === pageIds.length ? 'all' : 'some';
}

/** The header checkbox: a fully selected page is cleared, anything else becomes fully selected. */
export function togglePage(selection: Selection, pageIds: readonly string[]): Selection {
  const selectAll = pageSelectionState(selection, pageIds) !== 'all';
  return setRows(selection, pageIds, selectAll);
}

export function selectAllMatching(selection: Selection): Selection {
  return { ...selection, all: true, ids: new Set(), anchor: null };
}

/** What a bulk request applies to: the ticked ids, or the filter (pinned) minus the unticked ones. */
export function toBulkSelection(
  selection: Selection,
  filter: OrderFilterQuery,
  status: StatusTab,
): BulkSelection {
  if (selection.all)
    return { kind: 'filter', filter: { ...filter, status }, exclude: [...selection.ids] };
  return { kind: 'ids', ids: [...selection.ids] };
}
