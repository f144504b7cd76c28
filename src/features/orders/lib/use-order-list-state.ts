import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  DEFAULT_ORDER_LIST,
  parseOrderListParams,
  toOrderListParams,
  type OrderListState,
} from './list-params';

/**
 * The list's filters, sort and page, read from and written to the URL. Every change is a history
 * entry so Back returns to the previous view; a change of filter or sort starts again at page 1.
 */
export function useOrderListState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseOrderListParams(params), [params]);

  const update = useCallback(
    (patch: Partial<OrderListState>) => {
      setParams((current) => {
        const previous = parseOrderListParams(current);
        const next = { ...previous, ...patch };
        if (!('page' in patch)) next.page = 1;
        return toOrderListParams(next);
      });
    },
    [setParams],
  );

  const clearFilters = useCallback(() => {
    setParams((current) => {
      const previous = parseOrderListParams(current);
      return toOrderListParams({
        ...DEFAULT_ORDER_LIST,
        status: previous.status,
        sort: previous.sort,
        pageSize: previous.pageSize,
      });
    });
  }, [setParams]);

  return { state, update, clearFilters };
}
