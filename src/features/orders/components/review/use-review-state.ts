import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  DEFAULT_REVIEW_QUEUE,
  parseReviewParams,
  toReviewParams,
  type ReviewQueueState,
} from '../../lib/review-params';

type FilterPatch = Partial<Pick<ReviewQueueState, 'q' | 'storeId' | 'risky'>>;

/**
 * The queue's filters and selected order, in the URL. A new filter is a history entry (Back
 * undoes it) and starts at the top of the new queue; moving the selection replaces the entry, so
 * Back does not step through every order looked at.
 */
export function useReviewState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseReviewParams(params), [params]);

  const select = useCallback(
    (order: string) => {
      setParams((current) => toReviewParams({ ...parseReviewParams(current), order }), {
        replace: true,
      });
    },
    [setParams],
  );

  const changeFilters = useCallback(
    (patch: FilterPatch) => {
      setParams((current) => {
        const before = parseReviewParams(current);
        const next = { ...before, ...patch };
        const same =
          next.q === before.q && next.storeId === before.storeId && next.risky === before.risky;
        return toReviewParams(same ? before : { ...next, order: '' });
      });
    },
    [setParams],
  );

  const clearFilters = useCallback(() => {
    setParams(toReviewParams(DEFAULT_REVIEW_QUEUE));
  }, [setParams]);

  return { state, select, changeFilters, clearFilters };
}
