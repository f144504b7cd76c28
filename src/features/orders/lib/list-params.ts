import { ORDER_SORTS, PAGE_SIZES, type OrderListQuery } from '@/api/contract/orders';
import type { OrderCountsQuery } from '@/api/query-keys';
import { STATUS_TABS, type StatusTab } from '@/domain/order/status';

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

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

export function orderSortOf(value: string | null | undefined): OrderSort {
  return oneOf(ORDER_SORTS, value ?? null, DEFAULT_ORDER_LIST.sort);
}

/** Unknown or malformed values fall back to the defaults instead of failing the page. */
export function parseOrderListParams(params: URLSearchParams): OrderListState {
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_ORDER_LIST.pageSize);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    status: oneOf(STATUS_TABS, params.get('status'), DEFAULT_ORDER_LIST.status),
    q: (params.get('q') ?? '').trim().slice(0, 100),
    storeId: params.get('storeId') ?? '',
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    sort: oneOf(ORDER_SORTS, params.get('sort'), DEFAULT_ORDER_LIST.sort),
    page: positiveInt(params.get('page'), DEFAULT_ORDER_LIST.page),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize)
      ? pageSize
      : DEFAULT_ORDER_LIST.pageSize,
  };
}

/** Only values that differ from the defaults go into the URL, so links stay short. */
export function toOrderListParams(state: OrderListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_ORDER_LIST) as (keyof OrderListState)[]) {
    const value = state[key];
    if (value !== DEFAULT_ORDER_LIST[key] && value !== '') params.set(key, String(value));
  }
  return params;
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
