import { PAGE_SIZES } from '@/api/contract/orders';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
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

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

export function queueSortOf(value: string | null | undefined): QueueSort {
  return QUEUE_SORTS.find((sort) => sort === value) ?? DEFAULT_QUEUE.sort;
}

export function parseQueueParams(params: URLSearchParams): QueueState {
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_QUEUE.pageSize);
  return {
    carrier: CARRIERS.find((c) => c === params.get('carrier')) ?? '',
    sort: queueSortOf(params.get('sort')),
    page: positiveInt(params.get('page'), DEFAULT_QUEUE.page),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize)
      ? pageSize
      : DEFAULT_QUEUE.pageSize,
  };
}

export function toQueueParams(state: QueueState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_QUEUE) as (keyof QueueState)[]) {
    const value = state[key];
    if (value !== DEFAULT_QUEUE[key] && value !== '') params.set(key, String(value));
  }
  return params;
}

export function queueQueryOf(state: QueueState): ShippingQueueQuery {
  return {
    carrier: state.carrier || undefined,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
}
