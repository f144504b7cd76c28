import { useCallback } from 'react';
import { useUrlListState } from '@/lib/url-list-state';
import {
  DEFAULT_EXCEPTION_LIST,
  parseExceptionParams,
  toExceptionParams,
} from './exception-params';

/** The queue's filters, order and page, kept in the URL. */
export function useExceptionListState() {
  const { state, update, replace } = useUrlListState(parseExceptionParams, toExceptionParams);
  const clear = useCallback(() => {
    replace((current) => ({ ...DEFAULT_EXCEPTION_LIST, pageSize: current.pageSize }));
  }, [replace]);
  return { state, update, clear };
}
