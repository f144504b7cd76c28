import type { ReplenishmentQuery } from '@/api/contract/inventory';
import { pagingParams, searchTextParam, toListParams } from '@/lib/url-list-state';

export interface ReplenishmentListState {
  locationId: string;
  category: string;
  q: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_REPLENISHMENT_LIST: ReplenishmentListState = {
  locationId: '',
  category: '',
  q: '',
  page: 1,
  pageSize: 50,
};

export function parseReplenishmentParams(params: URLSearchParams): ReplenishmentListState {
  return {
    locationId: params.get('locationId') ?? '',
    category: params.get('category') ?? '',
    q: searchTextParam(params.get('q')),
    ...pagingParams(params, DEFAULT_REPLENISHMENT_LIST),
  };
}

export function toReplenishmentParams(state: ReplenishmentListState): URLSearchParams {
  return toListParams(state, DEFAULT_REPLENISHMENT_LIST);
}

/** The list's filter without its page: what an export of "everything shown" asks for. */
export function replenishmentFilterOf(
  state: ReplenishmentListState,
): Omit<ReplenishmentQuery, 'page' | 'pageSize'> {
  return {
    locationId: state.locationId ? [state.locationId] : undefined,
    category: state.category ? [state.category] : undefined,
    q: state.q || undefined,
  };
}

export function replenishmentQueryOf(state: ReplenishmentListState): ReplenishmentQuery {
  return { ...replenishmentFilterOf(state), page: state.page, pageSize: state.pageSize };
}

export function isReplenishmentFiltered(state: ReplenishmentListState): boolean {
  return state.locationId !== '' || state.category !== '' || state.q !== '';
}
