import { useUrlListState } from '@/lib/url-list-state';
import { parseQueueParams, toQueueParams } from './queue-params';

export function useQueueState() {
  const { state, update } = useUrlListState(parseQueueParams, toQueueParams);
  return { state, update };
}
