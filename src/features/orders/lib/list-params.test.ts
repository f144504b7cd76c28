import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ORDER_LIST,
  listQueryOf,
  parseOrderListParams,
  toOrderListParams,
} from './list-params';

describe('order list URL state', () => {
  it('reads defaults from an empty URL and writes an empty URL for defaults', () => {
    expect(parseOrderListParams(new URLSearchParams())).toEqual(DEFAULT_ORDER_LIST);
    expect(toOrderListParams(DEFAULT_ORDER_LIST).toString()).toBe('');
  });

  it('round-trips every filter', () => {
    const url =
      'status=on_hold&q=5678&storeId=st-1&from=2026-11-01&to=2026-11-20&sort=total&page=3&pageSize=100';
    const state = parseOrderListParams(new URLSearchParams(url));
    expect(state).toEqual({
      status: 'on_hold',
      q: '5678',
      storeId: 'st-1',
      from: '2026-11-01',
      to: '2026-11-20',
      sort: 'total',
      page: 3,
      pageSize: 100,
    });
    expect(parseOrderListParams(toOrderListParams(state))).toEqual(state);
  });

  it.each([
    ['status=nonsense', { status: 'all' }],
    ['sort=-name', { sort: '-placedAt' }],
    ['page=0', { page: 1 }],
    ['page=abc', { page: 1 }],
    ['pageSize=37', { pageSize: 50 }],
    ['from=yesterday', { from: '' }],
  ])('falls back to the default for %s', (url, expected) => {
    expect(parseOrderListParams(new URLSearchParams(url))).toMatchObject(expected);
  });

  it('builds the backend query with the store as a list and no empty values', () => {
    const query = listQueryOf({ ...DEFAULT_ORDER_LIST, storeId: 'st-2' });
    expect(query).toEqual({
      q: undefined,
      storeId: ['st-2'],
      from: undefined,
      to: undefined,
      status: 'all',
      sort: '-placedAt',
      page: 1,
      pageSize: 50,
    });
  });
});
