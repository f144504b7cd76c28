import type { ExceptionQueueQuery } from '@/api/contract/tracking';
import {
  ATTENTION_KINDS,
  WAIT_BANDS,
  type AttentionKind,
  type WaitBand,
} from '@/domain/shipment/attention';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import { pagingParams, searchTextParam, toListParams } from '@/lib/url-list-state';

/** The queue's page sizes: the server sends at most 200 parcels a page. */
export const EXCEPTION_PAGE_SIZES = [50, 100, 200] as const;

/** 'longest': longest waiting first (the queue's order of work); 'shortest': the newest cases first. */
export type WaitOrder = 'longest' | 'shortest';

export interface ExceptionListState {
  kind: AttentionKind | '';
  carrier: Carrier | '';
  locationId: string;
  age: WaitBand | '';
  q: string;
  order: WaitOrder;
  page: number;
  pageSize: number;
}

export const DEFAULT_EXCEPTION_LIST: ExceptionListState = {
  kind: '',
  carrier: '',
  locationId: '',
  age: '',
  q: '',
  order: 'longest',
  page: 1,
  pageSize: 50,
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return values.find((candidate) => candidate === value) ?? '';
}

export const attentionKindOf = (value: string | null) => oneOf(ATTENTION_KINDS, value);
export const carrierOf = (value: string | null) => oneOf(CARRIERS, value);
export const waitBandOf = (value: string | null) => oneOf(WAIT_BANDS, value);

function pageSizeOf(value: string | null): number {
  const size = Number(value);
  return (EXCEPTION_PAGE_SIZES as readonly number[]).includes(size)
    ? size
    : DEFAULT_EXCEPTION_LIST.pageSize;
}

export function parseExceptionParams(params: URLSearchParams): ExceptionListState {
  return {
    kind: attentionKindOf(params.get('kind')),
    carrier: carrierOf(params.get('carrier')),
    locationId: params.get('locationId') ?? '',
    age: waitBandOf(params.get('age')),
    q: searchTextParam(params.get('q')),
    order: params.get('order') === 'shortest' ? 'shortest' : 'longest',
    page: pagingParams(params, DEFAULT_EXCEPTION_LIST).page,
    pageSize: pageSizeOf(params.get('pageSize')),
  };
}

export function toExceptionParams(state: ExceptionListState): URLSearchParams {
  return toListParams(state, DEFAULT_EXCEPTION_LIST);
}

/** True when anything narrows the queue (the order and the page do not). */
export function isFiltered(state: ExceptionListState): boolean {
  return (
    state.kind !== '' ||
    state.carrier !== '' ||
    state.locationId !== '' ||
    state.age !== '' ||
    state.q !== ''
  );
}

export function exceptionQueryOf(state: ExceptionListState): ExceptionQueueQuery {
  return {
    page: state.page,
    pageSize: state.pageSize,
    sort: state.order === 'longest' ? 'waiting' : '-waiting',
    kind: state.kind ? [state.kind] : undefined,
    carrier: state.carrier ? [state.carrier] : undefined,
    locationId: state.locationId ? [state.locationId] : undefined,
    age: state.age || undefined,
    q: state.q || undefined,
  };
}
