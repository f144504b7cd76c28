import { useCallback } from 'react';
import { useUrlListState } from '@/lib/url-list-state';
import { DEFAULT_ALERT_LIST, parseAlertParams, toAlertParams } from './alert-params';

export function useAlertListState() {
  const { state, update, replace } = useUrlListState(parseAlertParams, toAlertParams);
  const clear = useCallback(() => {
    replace((current) => ({ ...DEFAULT_ALERT_LIST, pageSize: current.pageSize }));
  }, [replace]);
  return { state, update, clear };
}
