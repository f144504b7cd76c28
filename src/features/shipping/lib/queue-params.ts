import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import { pagingParams, toListParams } from '@/lib/url-list-state';
import type { ShippingQueueQuery } from '../api/list-queue';

export const QUEUE_SORTS = ['placedAt', '-placedAt', 'total', '-total'] as const;
type QueueSort = (typeof QUEUE_SORTS)[number];

export interface QueueState {
  carrier: Carrier | '';
  /** Oldest first: the queue is worked in the order it filled. */
  sort: QueueSort;
  page: number;
  pageSize: number;
}

export const DEFAULT_QUEUE: QueueState = { carrier: '', sort: 'placedAt', page: 1, pageSize: 50 };

export function queueSortOf(value: string | null | undefined): QueueSort {
  return QUEUE_SORTS.find((sort) => sort === value) ?? DEFAULT_QUEUE.sort;
}

export function parseQueueParams(params: URLSearchParams): QueueState {
  return {
    carrier: CARRIERS.find((c) => c === params.get('carrier')) ?? '',
    sort: queueSortOf(params.get('sort')),
    ...pagingParams(params, DEFAULT_QUEUE),
  };
}

export function toQueueParams(state: QueueState): URLSearchParams {
  return toListParams(state, DEFAULT_QUEUE);
}

export function queueQueryOf(state: QueueState): ShippingQueueQuery {
  return {
    carrier: state.carrier || undefined,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
}
