import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPLENISHMENT_LIST,
  parseReplenishmentParams,
  replenishmentQueryOf,
  toReplenishmentParams,
} from './replenishment-params';

describe('replenishment list params', () => {
  it('reads location, category, search and paging from the URL', () => {
    const state = parseReplenishmentParams(
      new URLSearchParams('locationId=loc-wh-sh&category=家居&q=%20杯%20&page=3&pageSize=100'),
    );
    expect(state).toEqual({
      locationId: 'loc-wh-sh',
      category: '家居',
      q: '杯',
      page: 3,
      pageSize: 100,
    });
    expect(replenishmentQueryOf(state)).toEqual({
      locationId: ['loc-wh-sh'],
      category: ['家居'],
      q: '杯',
      page: 3,
      pageSize: 100,
    });
  });

  it('falls back to the defaults and writes only what differs from them', () => {
    expect(parseReplenishmentParams(new URLSearchParams('page=x&pageSize=7'))).toEqual(
      DEFAULT_REPLENISHMENT_LIST,
    );
    expect(toReplenishmentParams(DEFAULT_REPLENISHMENT_LIST).toString()).toBe('');
    expect(
      toReplenishmentParams({
        ...DEFAULT_REPLENISHMENT_LIST,
        category: '家居',
        page: 2,
      }).toString(),
    ).toBe(new URLSearchParams({ category: '家居', page: '2' }).toString());
  });
});
