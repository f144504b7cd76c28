import { useCallback, useState } from 'react';
import { useUrlListState } from '@/lib/url-list-state';
import {
  DEFAULT_ORDER_LIST,
  filterKeyOf,
  parseOrderListParams,
  toOrderListParams,
} from './list-params';

/**
 * The list's filters, sort and page, kept in the URL (see `useUrlListState`). Clearing the filters
 * keeps the status tab, the sort and the page size.
 */
export function useOrderListState() {
  const { state, update, replace } = useUrlListState(parseOrderListParams, toOrderListParams);

  const clearFilters = useCallback(() => {
    replace((current) => ({
      ...DEFAULT_ORDER_LIST,
      status: current.status,
      sort: current.sort,
      pageSize: current.pageSize,
      panel: current.panel,
    }));
  }, [replace]);

  return { state, update, clearFilters };
}

const nowIso = () => new Date().toISOString();

/**
 * The moment the view was loaded: the list shows orders placed up to it, so orders arriving while
 * someone works never shift the rows. Not in the URL (a shared link shows the latest orders). A new
 * filter starts a new pin; `refresh` moves it to now (the "show new orders" banner).
 */
export function useListPin(filterKey: string) {
  const [pin, setPin] = useState(() => ({ filterKey, at: nowIso() }));
  let current = pin;
  if (pin.filterKey !== filterKey) {
    current = { filterKey, at: nowIso() };
    setPin(current);
  }
  const refresh = useCallback(() => setPin({ filterKey, at: nowIso() }), [filterKey]);
  return { pin: current.at, refresh };
}

export { filterKeyOf };
