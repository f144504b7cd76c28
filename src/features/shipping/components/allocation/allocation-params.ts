import type { AllocationQuery } from '@/api/contract/fulfilment';
import { REGIONS, type Region } from '@/domain/region';
import { searchTextParam, toListParams } from '@/lib/url-list-state';

/** 500 is the most the backend answers per page (and the most one bulk allocation takes). */
export const ALLOCATION_PAGE_SIZES = [50, 100, 500] as const;

export const ALLOCATION_STATES = ['suggested', 'unfulfillable'] as const;
export type AllocationStateFilter = (typeof ALLOCATION_STATES)[number] | '';

export interface AllocationListState {
  storeId: string;
  region: Region | '';
  /** '' every order; suggested: some location can fulfil it; unfulfillable: none can alone. */
  state: AllocationStateFilter;
  /** Order number, or part of it. */
  q: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_ALLOCATION_LIST: AllocationListState = {
  storeId: '',
  region: '',
  state: '',
  q: '',
  page: 1,
  pageSize: 50,
};

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** A hand-edited URL never fails the page: anything unknown falls back to the default. */
export function parseAllocationParams(params: URLSearchParams): AllocationListState {
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_ALLOCATION_LIST.pageSize);
  return {
    storeId: (params.get('storeId') ?? '').trim(),
    region: REGIONS.find((region) => region === params.get('region')) ?? '',
    state: ALLOCATION_STATES.find((state) => state === params.get('state')) ?? '',
    q: searchTextParam(params.get('q')),
    page: positiveInt(params.get('page'), DEFAULT_ALLOCATION_LIST.page),
    pageSize: (ALLOCATION_PAGE_SIZES as readonly number[]).includes(pageSize)
      ? pageSize
      : DEFAULT_ALLOCATION_LIST.pageSize,
  };
}

export function toAllocationParams(state: AllocationListState): URLSearchParams {
  return toListParams(state, DEFAULT_ALLOCATION_LIST);
}

export function allocationQueryOf(state: AllocationListState): AllocationQuery {
  return {
    page: state.page,
    pageSize: state.pageSize,
    ...(state.storeId ? { storeId: [state.storeId] } : {}),
    ...(state.region ? { region: [state.region] } : {}),
    ...(state.state ? { state: state.state } : {}),
    ...(state.q ? { q: state.q } : {}),
  };
}

/** The filters without the page: a selection belongs to one filter and is emptied by another. */
export function allocationFilterKey(state: AllocationListState): string {
  return JSON.stringify([state.storeId, state.region, state.state, state.q]);
}
