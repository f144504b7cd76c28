import type { UseQueryResult } from '@tanstack/react-query';

/** What a card shows; also on its root as data-chart-state, which the benchmark waits on. */
export type ChartStatus = 'loading' | 'ready' | 'empty' | 'error';

export function chartStatus<T>(
  result: UseQueryResult<T>,
  isEmpty: (data: T) => boolean,
): ChartStatus {
  if (result.data !== undefined) return isEmpty(result.data) ? 'empty' : 'ready';
  if (result.isError) return 'error';
  return 'loading';
}
