import type { AnalyticsQuery } from '@/api/contract/analytics';
import { REGIONS, type Region } from '@/domain/region';
import { daysInclusive, isCalendarDay } from '@/lib/calendar-days';
import { dateInTimeZone } from '@/lib/format';
import { presetDays, RANGE_PRESETS, type DayRange } from './periods';

export const ANALYTICS_RANGES = [...RANGE_PRESETS, 'custom'] as const;
export type AnalyticsRange = (typeof ANALYTICS_RANGES)[number];

export const DEFAULT_RANGE: AnalyticsRange = '30d';
/** The longest period the backend answers for. */
export const MAX_PERIOD_DAYS = 400;

/** The analytics filters as they live in the URL: a bookmark or shared link shows the same figures. */
export interface AnalyticsFilterState {
  /** A named period counts back from today, so a bookmark stays current; 'custom' uses from/to. */
  range: AnalyticsRange;
  /** yyyy-mm-dd, only for a custom range ('' otherwise). */
  from: string;
  to: string;
  region: Region | '';
  storeId: string;
  /** A product category's name. */
  category: string;
}

export const DEFAULT_ANALYTICS_FILTERS: AnalyticsFilterState = {
  range: DEFAULT_RANGE,
  from: '',
  to: '',
  region: '',
  storeId: '',
  category: '',
};

/** The URL parameters these filters own; any other (the trend's granularity) is left alone. */
const FILTER_PARAMS = ['range', 'from', 'to', 'region', 'storeId', 'category'] as const;

const ID = /^[\w-]{1,64}$/;
const MAX_CATEGORY_LENGTH = 50;

function rangeOf(value: string | null): AnalyticsRange | null {
  return ANALYTICS_RANGES.find((range) => range === value) ?? null;
}

function regionOf(value: string | null): Region | '' {
  return REGIONS.find((region) => region === value) ?? '';
}

function categoryOf(value: string | null): string {
  const trimmed = (value ?? '').trim();
  return trimmed.length <= MAX_CATEGORY_LENGTH ? trimmed : '';
}

/** Unknown or malformed values fall back to the defaults instead of failing the page. */
export function parseAnalyticsParams(params: URLSearchParams): AnalyticsFilterState {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const datesGiven = isCalendarDay(from) && isCalendarDay(to);
  const named = rangeOf(params.get('range'));
  // A link with only from/to (no range) means those days.
  const range = named ?? (datesGiven && !params.has('range') ? 'custom' : DEFAULT_RANGE);
  const custom = range === 'custom' && datesGiven;
  const storeId = params.get('storeId') ?? '';
  return {
    range: range === 'custom' && !custom ? DEFAULT_RANGE : range,
    from: custom ? from : '',
    to: custom ? to : '',
    region: regionOf(params.get('region')),
    storeId: ID.test(storeId) ? storeId : '',
    category: categoryOf(params.get('category')),
  };
}

/** `current` with the filters replaced by `state`: defaults and empty filters are left out. */
export function withAnalyticsParams(
  current: URLSearchParams,
  state: AnalyticsFilterState,
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const name of FILTER_PARAMS) next.delete(name);
  if (state.range !== DEFAULT_RANGE) next.set('range', state.range);
  if (state.range === 'custom') {
    next.set('from', state.from);
    next.set('to', state.to);
  }
  if (state.region) next.set('region', state.region);
  if (state.storeId) next.set('storeId', state.storeId);
  if (state.category) next.set('category', state.category);
  return next;
}

/** Some filter differs from the defaults: there is something to reset. */
export function isFiltered(state: AnalyticsFilterState): boolean {
  return FILTER_PARAMS.some((name) => state[name] !== DEFAULT_ANALYTICS_FILTERS[name]);
}

/** The days the filters cover, a named period's counted in the stores' time zone. */
export function periodOf(state: AnalyticsFilterState, timeZone: string, now: Date): DayRange {
  if (state.range === 'custom') return { from: state.from, to: state.to };
  return presetDays(state.range, dateInTimeZone(now, timeZone));
}

export type RangeProblem = 'order' | 'tooLong';

/** Why the backend would refuse these days, or null when it answers for them. */
export function rangeProblemOf({ from, to }: DayRange): RangeProblem | null {
  const days = daysInclusive(from, to);
  if (days < 1) return 'order';
  if (days > MAX_PERIOD_DAYS) return 'tooLong';
  return null;
}

/** What the analytics endpoints are asked for: the days, and each chosen filter as a one-item list. */
export function analyticsQueryOf(
  state: AnalyticsFilterState,
  timeZone: string,
  now: Date,
): AnalyticsQuery {
  const query: AnalyticsQuery = periodOf(state, timeZone, now);
  if (state.region) query.region = [state.region];
  if (state.storeId) query.storeId = [state.storeId];
  if (state.category) query.category = [state.category];
  return query;
}

/** The regions a user may narrow the figures to: a manager's own, every region for an admin. */
export function regionChoicesFor(user: {
  role: string;
  regions: readonly Region[];
}): readonly Region[] {
  return user.role === 'admin' ? REGIONS : user.regions;
}

/** A region outside the user's choices (from someone else's link) is dropped, not sent. */
export function withinRegions(
  state: AnalyticsFilterState,
  regions: readonly Region[],
): AnalyticsFilterState {
  return state.region === '' || regions.includes(state.region) ? state : { ...state, region: '' };
}
