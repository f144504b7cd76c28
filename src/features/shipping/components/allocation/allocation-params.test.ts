import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALLOCATION_LIST,
  allocationQueryOf,
  parseAllocationParams,
  toAllocationParams,
} from './allocation-params';

describe('allocation list URL state', () => {
  it('defaults to every waiting order, 50 a page, and keeps the URL empty', () => {
    expect(parseAllocationParams(new URLSearchParams())).toEqual(DEFAULT_ALLOCATION_LIST);
    expect(toAllocationParams(DEFAULT_ALLOCATION_LIST).toString()).toBe('');
  });

  it('round-trips every filter and the paging', () => {
    const url = 'storeId=st-1&region=east&state=unfulfillable&q=SO2026&page=3&pageSize=500';
    const state = parseAllocationParams(new URLSearchParams(url));
    expect(state).toEqual({
      storeId: 'st-1',
      region: 'east',
      state: 'unfulfillable',
      q: 'SO2026',
      page: 3,
      pageSize: 500,
    });
    expect(toAllocationParams(state).toString()).toBe(url);
    expect(allocationQueryOf(state)).toEqual({
      page: 3,
      pageSize: 500,
      storeId: ['st-1'],
      region: ['east'],
      state: 'unfulfillable',
      q: 'SO2026',
    });
  });

  it('ignores values the backend would refuse', () => {
    const state = parseAllocationParams(
      new URLSearchParams('region=mars&state=maybe&pageSize=1000&page=-2'),
    );
    expect(state).toEqual(DEFAULT_ALLOCATION_LIST);
  });
});
