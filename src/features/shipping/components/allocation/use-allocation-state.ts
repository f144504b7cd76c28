import { useUrlListState } from '@/lib/url-list-state';
import { parseAllocationParams, toAllocationParams } from './allocation-params';

/** The allocation list's filters and page, kept in the URL. */
export function useAllocationListState() {
  return useUrlListState(parseAllocationParams, toAllocationParams);
}
