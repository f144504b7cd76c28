import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import { pagingParams, searchTextParam, toListParams } from '@/lib/url-list-state';
import type { ShippingQueueQuery } from '../api/list-queue';
import type { ShippedQuery } from '../api/list-shipped';

export const QUEUE_SORTS = ['placedAt', '-placedAt', 'total', '-total'] as const;
type QueueSort = (typeof QUEUE_SORTS)[number];

export const SHIPPING_TABS = ['toShip', 'shipped'] as const;
export type ShippingTab = (typeof SHIPPING_TABS)[number];

export interface QueueState {
  /** Which list the overview shows: the allocated queue or what has shipped. */
  tab: ShippingTab;
  /** One location's orders; '' for every location in scope. */
  location: string;
  carrier: Carrier | '';
  /** Oldest first: the queue is worked in the order it filled. */
  sort: QueueSort;
  /** Order number or waybill, in the shipped list. */
  q: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_QUEUE: QueueState = {
  tab: 'toShip',
  location: '',
  carrier: '',
  sort: 'placedAt',
  q: '',
  page: 1,
  pageSize: 50,
};

export function queueSortOf(value: string | null | undefined): QueueSort {
  return QUEUE_SORTS.find((sort) => sort === value) ?? DEFAULT_QUEUE.sort;
}

export function parseQueueParams(params: URLSearchParams): QueueState {
  return {
    tab: SHIPPING_TABS.find((tab) => tab === params.get('tab')) ?? DEFAULT_QUEUE.tab,
    location: (params.get('location') ?? '').trim().slice(0, 64),
    carrier: CARRIERS.find((c) => c === params.get('carrier')) ?? '',
    sort: queueSortOf(params.get('sort')),
    q: searchTextParam(params.get('q')),
    ...pagingParams(params, DEFAULT_QUEUE),
  };
}

export function toQueueParams(state: QueueState): URLSearchParams {
  return toListParams(state, DEFAULT_QUEUE);
}

export function queueQueryOf(state: QueueState): ShippingQueueQuery {
  return {
    carrier: state.carrier || undefined,
    locationId: state.location || undefined,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
}

export function shippedQueryOf(state: QueueState): ShippedQuery {
  return {
    locationId: state.location || undefined,
    q: state.q || undefined,
    page: state.page,
    pageSize: state.pageSize,
  };
}
