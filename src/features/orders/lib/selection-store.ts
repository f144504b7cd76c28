import { create } from 'zustand';
import { emptySelection, type Selection } from './selection';

interface SelectionStore {
  selection: Selection;
  set: (next: Selection) => void;
  /** Starts an empty selection for a filter. */
  reset: (filterKey: string) => void;
}

/**
 * The order list's selection. It lives outside the list component so it survives paging, and
 * opening an order and coming back; it belongs to one filter (see `Selection.filterKey`).
 */
export const useOrderSelectionStore = create<SelectionStore>()((set) => ({
  selection: emptySelection(''),
  set: (selection) => set({ selection }),
  reset: (filterKey) => set({ selection: emptySelection(filterKey) }),
}));
