import { ORDER_SORTS, type OrderListQuery } from '@/api/contract/orders';
import type { OrderCountsQuery } from '@/api/query-keys';
import { STATUS_TABS, type StatusTab } from '@/domain/order/status';
import { pagingParams, searchTextParam, toListParams } from '@/lib/url-list-state';

export type OrderSort = (typeof ORDER_SORTS)[number];

/** The order list's state as it lives in the URL: a bookmark or a shared link restores the same view. */
export interface OrderListState {
  status: StatusTab;
  q: string;
  storeId: string;
  from: string;
  to: string;
  sort: OrderSort;
  page: number;
  pageSize: number;
}

export const DEFAULT_ORDER_LIST: OrderListState = {
  status: 'all',
  q: '',
  storeId: '',
  from: '',
  to: '',
  sort: '-placedAt',
  page: 1,
  pageSize: 50,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

export function orderSortOf(value: string | null | undefined): OrderSort {
  return oneOf(ORDER_SORTS, value ?? null, DEFAULT_ORDER_LIST.sort);
}

/** Unknown or malformed values fall back to the defaults instead of failing the page. */
export function parseOrderListParams(params: URLSearchParams): OrderListState {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    status: oneOf(STATUS_TABS, params.get('status'), DEFAULT_ORDER_LIST.status),
    q: searchTextParam(params.get('q')),
    storeId: params.get('storeId') ?? '',
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    sort: oneOf(ORDER_SORTS, params.get('sort'), DEFAULT_ORDER_LIST.sort),
    ...pagingParams(params, DEFAULT_ORDER_LIST),
  };
}

export function toOrderListParams(state: OrderListState): URLSearchParams {
  return toListParams(state, DEFAULT_ORDER_LIST);
}

export function countsQueryOf(state: OrderListState): OrderCountsQuery {
  return {
    q: state.q || undefined,
    storeId: state.storeId ? [state.storeId] : undefined,
    from: state.from || undefined,
    to: state.to || undefined,
  };
}

export function listQueryOf(state: OrderListState): OrderListQuery {
  return {
    ...countsQueryOf(state),
    status: state.status,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
}
