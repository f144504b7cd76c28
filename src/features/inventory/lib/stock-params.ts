import { STOCK_SORTS, type StockQuery, type StockSort } from '@/api/contract/inventory';
import { pagingParams, searchTextParam, toListParams } from '@/lib/url-list-state';

export const STOCK_STATUSES = ['ok', 'low', 'out', 'overstock'] as const;
export type StockStatusValue = (typeof STOCK_STATUSES)[number];

export interface StockListState {
  locationId: string;
  category: string;
  status: StockStatusValue | '';
  q: string;
  sort: StockSort;
  page: number;
  pageSize: number;
}

export const DEFAULT_STOCK_LIST: StockListState = {
  locationId: '',
  category: '',
  status: '',
  q: '',
  sort: 'sku',
  page: 1,
  pageSize: 50,
};

export function stockStatusOf(value: string | null): StockStatusValue | '' {
  return STOCK_STATUSES.find((status) => status === value) ?? '';
}

/** A sort the server knows, or the default: a hand-edited URL does not fail the page. */
export function stockSortOf(value: string | null | undefined): StockSort {
  return STOCK_SORTS.find((sort) => sort === value) ?? DEFAULT_STOCK_LIST.sort;
}

export function parseStockParams(params: URLSearchParams): StockListState {
  return {
    locationId: params.get('locationId') ?? '',
    category: params.get('category') ?? '',
    status: stockStatusOf(params.get('status')),
    q: searchTextParam(params.get('q')),
    sort: stockSortOf(params.get('sort')),
    ...pagingParams(params, DEFAULT_STOCK_LIST),
  };
}

export function toStockParams(state: StockListState): URLSearchParams {
  return toListParams(state, DEFAULT_STOCK_LIST);
}

export function stockQueryOf(state: StockListState): StockQuery {
  return {
    locationId: state.locationId ? [state.locationId] : undefined,
    category: state.category ? [state.category] : undefined,
    status: state.status ? [state.status] : undefined,
    q: state.q || undefined,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
}
