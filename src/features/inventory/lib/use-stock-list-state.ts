import { useCallback } from 'react';
import { useUrlListState } from '@/lib/url-list-state';
import { DEFAULT_STOCK_LIST, parseStockParams, toStockParams } from './stock-params';

export function useStockListState() {
  const { state, update, replace } = useUrlListState(parseStockParams, toStockParams);
  const clear = useCallback(() => {
    replace((current) => ({ ...DEFAULT_STOCK_LIST, pageSize: current.pageSize }));
  }, [replace]);
  return { state, update, clear };
}
