import { useCallback } from 'react';
import { useUrlListState } from '@/lib/url-list-state';
import { DEFAULT_ORDER_LIST, parseOrderListParams, toOrderListParams } from './list-params';

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
    }));
  }, [replace]);

  return { state, update, clearFilters };
}
