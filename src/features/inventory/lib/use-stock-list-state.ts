import { useCallback } from 'react';
import { useUrlListState } from '@/lib/url-list-state';
import { DEFAULT_STOCK_LIST, parseStockParams, toStockParams } from './stock-params';

/** Clearing the filters keeps how the list is sorted and how long its pages are. */
export function useStockListState() {
  const { state, update, replace } = useUrlListState(parseStockParams, toStockParams);
  const clear = useCallback(() => {
    replace((current) => ({
      ...DEFAULT_STOCK_LIST,
      sort: current.sort,
      pageSize: current.pageSize,
    }));
  }, [replace]);
  return { state, update, clear };
}
