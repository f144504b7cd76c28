import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseQueueParams, toQueueParams, type QueueState } from './queue-params';

export function useQueueState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseQueueParams(params), [params]);
  const update = useCallback(
    (patch: Partial<QueueState>) => {
      setParams((current) => {
        const next = { ...parseQueueParams(current), ...patch };
        if (!('page' in patch)) next.page = 1;
        return toQueueParams(next);
      });
    },
    [setParams],
  );
  return { state, update };
}
