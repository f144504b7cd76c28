import type { StockQuery } from '@/api/contract/endpoints';
import { PAGE_SIZES } from '@/api/contract/orders';

export const STOCK_STATUSES = ['ok', 'low', 'out', 'overstock'] as const;
export type StockStatusValue = (typeof STOCK_STATUSES)[number];

export interface StockListState {
  locationId: string;
  category: string;
  status: StockStatusValue | '';
  q: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_STOCK_LIST: StockListState = {
  locationId: '',
  category: '',
  status: '',
  q: '',
  page: 1,
  pageSize: 50,
};

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

export function stockStatusOf(value: string | null): StockStatusValue | '' {
  return STOCK_STATUSES.find((status) => status === value) ?? '';
}

export function parseStockParams(params: URLSearchParams): StockListState {
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_STOCK_LIST.pageSize);
  return {
    locationId: params.get('locationId') ?? '',
    category: params.get('category') ?? '',
    status: stockStatusOf(params.get('status')),
    q: (params.get('q') ?? '').trim().slice(0, 100),
    page: positiveInt(params.get('page'), DEFAULT_STOCK_LIST.page),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize)
      ? pageSize
      : DEFAULT_STOCK_LIST.pageSize,
  };
}

export function toStockParams(state: StockListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_STOCK_LIST) as (keyof StockListState)[]) {
    const value = state[key];
    if (value !== DEFAULT_STOCK_LIST[key] && value !== '') params.set(key, String(value));
  }
  return params;
}

export function stockQueryOf(state: StockListState): StockQuery {
  return {
    locationId: state.locationId ? [state.locationId] : undefined,
    category: state.category ? [state.category] : undefined,
    status: state.status ? [state.status] : undefined,
    q: state.q || undefined,
    page: state.page,
    pageSize: state.pageSize,
  };
}
