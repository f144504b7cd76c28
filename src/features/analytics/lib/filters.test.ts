import { describe, expect, it } from 'vitest';
import {
  analyticsQueryOf,
  DEFAULT_ANALYTICS_FILTERS,
  isFiltered,
  parseAnalyticsParams,
  rangeProblemOf,
  regionChoicesFor,
  withAnalyticsParams,
  withinRegions,
  type AnalyticsFilterState,
} from './filters';

const parse = (search: string) => parseAnalyticsParams(new URLSearchParams(search));
const state = (patch: Partial<AnalyticsFilterState>): AnalyticsFilterState => ({
  ...DEFAULT_ANALYTICS_FILTERS,
  ...patch,
});

describe('analytics filters in the URL', () => {
  it.each<[string, Partial<AnalyticsFilterState>]>([
    ['', {}],
    ['range=7d', { range: '7d' }],
    ['range=today', { range: 'today' }],
    ['range=month', { range: 'month' }],
    ['range=year', { range: 'year' }],
    [
      'range=custom&from=2026-01-05&to=2026-02-04',
      { range: 'custom', from: '2026-01-05', to: '2026-02-04' },
    ],
    // An inverted custom range is kept, to be shown as a field error.
    [
      'range=custom&from=2026-02-04&to=2026-01-05',
      { range: 'custom', from: '2026-02-04', to: '2026-01-05' },
    ],
    // Days without a range are a custom range (a link from elsewhere).
    ['from=2026-01-05&to=2026-01-06', { range: 'custom', from: '2026-01-05', to: '2026-01-06' }],
    ['range=7d&from=2026-01-05&to=2026-01-06', { range: '7d' }],
    ['range=custom&from=2026-01-05', {}],
    ['range=custom&from=2026-02-30&to=2026-03-02', {}],
    ['range=custom&from=yesterday&to=2026-03-02', {}],
    ['range=fortnight', {}],
    ['range=fortnight&from=2026-01-05&to=2026-01-06', {}],
    ['region=east', { region: 'east' }],
    ['region=atlantis', {}],
    ['storeId=st-sh-01', { storeId: 'st-sh-01' }],
    ['storeId=..%2Fadmin', {}],
    ['category=%E9%A5%AE%E6%96%99', { category: '饮料' }],
    [`category=${'x'.repeat(51)}`, {}],
  ])('?%s reads as %j', (search, patch) => {
    expect(parse(search)).toEqual(state(patch));
  });

  it.each<[Partial<AnalyticsFilterState>, string]>([
    [{}, ''],
    [{ range: '7d' }, 'range=7d'],
    [
      { range: 'custom', from: '2026-01-05', to: '2026-02-04' },
      'range=custom&from=2026-01-05&to=2026-02-04',
    ],
    [
      { region: 'east', storeId: 'st-1', category: '饮料' },
      'region=east&storeId=st-1&category=饮料',
    ],
  ])('%j writes ?%s and reads back the same', (patch, search) => {
    const params = withAnalyticsParams(new URLSearchParams(), state(patch));
    expect(decodeURIComponent(params.toString())).toBe(search);
    expect(parseAnalyticsParams(params)).toEqual(state(patch));
  });

  it('leaves parameters it does not own alone', () => {
    const params = withAnalyticsParams(
      new URLSearchParams('granularity=week&range=7d&region=east'),
      state({ range: 'today' }),
    );
    expect(params.toString()).toBe('granularity=week&range=today');
  });

  it.each<[Partial<AnalyticsFilterState>, boolean]>([
    [{}, false],
    [{ range: '7d' }, true],
    [{ category: '饮料' }, true],
  ])('%j is filtered: %s', (patch, expected) => {
    expect(isFiltered(state(patch))).toBe(expected);
  });
});

describe('the analytics query', () => {
  // 2026-11-22 01:30 in Shanghai is still 2026-11-21 in UTC: days count where the stores are.
  const now = new Date('2026-11-21T17:30:00Z');

  it.each<[Partial<AnalyticsFilterState>, object]>([
    [{}, { from: '2026-10-24', to: '2026-11-22' }],
    [{ range: 'today' }, { from: '2026-11-22', to: '2026-11-22' }],
    [{ range: '7d' }, { from: '2026-11-16', to: '2026-11-22' }],
    [{ range: 'month' }, { from: '2026-11-01', to: '2026-11-22' }],
    [{ range: 'year' }, { from: '2026-01-01', to: '2026-11-22' }],
    [
      { range: 'custom', from: '2026-02-01', to: '2026-02-10' },
      { from: '2026-02-01', to: '2026-02-10' },
    ],
    [
      { range: '7d', region: 'east', storeId: 'st-1', category: '饮料' },
      {
        from: '2026-11-16',
        to: '2026-11-22',
        region: ['east'],
        storeId: ['st-1'],
        category: ['饮料'],
      },
    ],
  ])('%j asks for %j', (patch, query) => {
    expect(analyticsQueryOf(state(patch), 'Asia/Shanghai', now)).toEqual(query);
  });

  it('counts today in the configured time zone, not the browser’s', () => {
    expect(analyticsQueryOf(state({ range: 'today' }), 'UTC', now)).toEqual({
      from: '2026-11-21',
      to: '2026-11-21',
    });
  });

  it.each([
    ['2026-01-01', '2026-01-01', null],
    ['2026-01-02', '2026-01-01', 'order'],
    // 400 days counting both ends is the longest the backend answers for.
    ['2025-01-01', '2026-02-04', null],
    ['2025-01-01', '2026-02-05', 'tooLong'],
  ])('%s to %s has problem %s', (from, to, problem) => {
    expect(rangeProblemOf({ from, to })).toBe(problem);
  });
});

describe('region choices', () => {
  it.each([
    [{ role: 'admin', regions: [] }, 7],
    [{ role: 'manager', regions: ['east'] }, 1],
    [{ role: 'manager', regions: ['east', 'south'] }, 2],
  ] as const)('%j chooses among %d regions', (user, count) => {
    expect(regionChoicesFor(user)).toHaveLength(count);
  });

  it('drops a region the user may not see', () => {
    expect(withinRegions(state({ region: 'north' }), ['east'])).toEqual(state({}));
    expect(withinRegions(state({ region: 'east' }), ['east'])).toEqual(state({ region: 'east' }));
  });
});
