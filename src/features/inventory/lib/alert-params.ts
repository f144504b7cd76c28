import type { AlertQuery } from '@/api/contract/inventory';
import { ALERT_LEVELS, ALERT_STATES, type AlertLevel } from '@/domain/inventory/vocabulary';
import { pagingParams, toListParams } from '@/lib/url-list-state';

/**
 * The state filter of the alert list. '' is the default, every alert that has not cleared (what
 * the server lists when no state is given); 'all' adds the cleared ones.
 */
export const ALERT_STATE_FILTERS = [
  '',
  'open',
  'acknowledged',
  'snoozed',
  'cleared',
  'all',
] as const;
export type AlertStateFilter = (typeof ALERT_STATE_FILTERS)[number];

export interface AlertListState {
  state: AlertStateFilter;
  level: AlertLevel | '';
  locationId: string;
  category: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_ALERT_LIST: AlertListState = {
  state: '',
  level: '',
  locationId: '',
  category: '',
  page: 1,
  pageSize: 50,
};

export function alertStateFilterOf(value: string | null): AlertStateFilter {
  return ALERT_STATE_FILTERS.find((filter) => filter !== '' && filter === value) ?? '';
}

export function alertLevelOf(value: string | null): AlertLevel | '' {
  return ALERT_LEVELS.find((level) => level === value) ?? '';
}

export function parseAlertParams(params: URLSearchParams): AlertListState {
  return {
    state: alertStateFilterOf(params.get('state')),
    level: alertLevelOf(params.get('level')),
    locationId: params.get('locationId') ?? '',
    category: params.get('category') ?? '',
    ...pagingParams(params, DEFAULT_ALERT_LIST),
  };
}

export function toAlertParams(state: AlertListState): URLSearchParams {
  return toListParams(state, DEFAULT_ALERT_LIST);
}

export function alertQueryOf(state: AlertListState): AlertQuery {
  return {
    state: state.state === 'all' ? [...ALERT_STATES] : state.state ? [state.state] : undefined,
    level: state.level ? [state.level] : undefined,
    locationId: state.locationId ? [state.locationId] : undefined,
    category: state.category ? [state.category] : undefined,
    page: state.page,
    pageSize: state.pageSize,
  };
}
