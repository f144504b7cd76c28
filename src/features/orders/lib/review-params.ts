import type { OrderFilterQuery, OrderListQuery } from '@/api/contract/orders';
import { searchTextParam } from '@/lib/url-list-state';

/** The review queue's state as it lives in the URL: a shared link opens the same queue and order. */
export interface ReviewQueueState {
  q: string;
  storeId: string;
  /** Only orders with at least one risk flag. */
  risky: boolean;
  /** The order shown in the detail pane. */
  order: string;
}

export const DEFAULT_REVIEW_QUEUE: ReviewQueueState = {
  q: '',
  storeId: '',
  risky: false,
  order: '',
};

/** A queue is worked in pages of this size; the next page loads as the selection nears the end. */
export const REVIEW_PAGE_SIZE = 50;

export function parseReviewParams(params: URLSearchParams): ReviewQueueState {
  return {
    q: searchTextParam(params.get('q')),
    storeId: params.get('storeId') ?? '',
    risky: params.get('risky') === '1',
    order: params.get('order') ?? '',
  };
}

/** Only what differs from the defaults goes into the URL, so links stay short. */
export function toReviewParams(state: ReviewQueueState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.storeId) params.set('storeId', state.storeId);
  if (state.risky) params.set('risky', '1');
  if (state.order) params.set('order', state.order);
  return params;
}

/** The filter the queue and its "new orders" count share; `pinnedAt` is when the queue was loaded. */
function filterOf(state: ReviewQueueState): OrderFilterQuery {
  return {
    q: state.q || undefined,
    storeId: state.storeId ? [state.storeId] : undefined,
    riskFlagged: state.risky || undefined,
  };
}

/**
 * Pending-review orders, oldest first (the order a queue is worked in), placed no later than the
 * moment the queue was loaded: orders arriving meanwhile do not shift the rows under the cursor.
 */
export function reviewListQueryOf(state: ReviewQueueState, pinnedAt: string): OrderListQuery {
  return {
    ...filterOf(state),
    placedUpTo: pinnedAt,
    status: 'pending_review',
    sort: 'placedAt',
    pageSize: REVIEW_PAGE_SIZE,
  };
}

/** The same filter, counting what arrived after the queue was loaded (per status tab). */
export function newOrdersQueryOf(state: ReviewQueueState, pinnedAt: string): OrderFilterQuery {
  return { ...filterOf(state), placedAfter: pinnedAt };
}
