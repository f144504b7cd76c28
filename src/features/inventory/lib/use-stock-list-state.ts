import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  DEFAULT_STOCK_LIST,
  parseStockParams,
  toStockParams,
  type StockListState,
} from './stock-params';

export function useStockListState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseStockParams(params), [params]);
  const update = useCallback(
    (patch: Partial<StockListState>) => {
      setParams((current) => {
        const next = { ...parseStockParams(current), ...patch };
        if (!('page' in patch)) next.page = 1;
        return toStockParams(next);
      });
    },
    [setParams],
  );
  const clear = useCallback(() => {
    setParams((current) =>
      toStockParams({ ...DEFAULT_STOCK_LIST, pageSize: parseStockParams(current).pageSize }),
    );
  }, [setParams]);
  return { state, update, clear };
}
