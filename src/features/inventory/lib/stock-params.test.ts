import { describe, expect, it } from 'vitest';
import { DEFAULT_STOCK_LIST, parseStockParams, stockQueryOf, toStockParams } from './stock-params';

describe('stock list URL state', () => {
  it('reads and writes defaults as an empty URL', () => {
    expect(parseStockParams(new URLSearchParams())).toEqual(DEFAULT_STOCK_LIST);
    expect(toStockParams(DEFAULT_STOCK_LIST).toString()).toBe('');
  });

  it('round-trips every filter', () => {
    const url =
      'locationId=loc-1&category=%E9%A5%AE%E6%96%99&status=low&q=%E8%8C%B6&sort=-daysOfCover&page=2&pageSize=100';
    const state = parseStockParams(new URLSearchParams(url));
    expect(state).toEqual({
      locationId: 'loc-1',
      category: '饮料',
      status: 'low',
      q: '茶',
      sort: '-daysOfCover',
      page: 2,
      pageSize: 100,
    });
    expect(parseStockParams(toStockParams(state))).toEqual(state);
  });

  it('drops an unknown status or sort and sends lists to the backend', () => {
    expect(parseStockParams(new URLSearchParams('status=plenty')).status).toBe('');
    expect(parseStockParams(new URLSearchParams('sort=-price')).sort).toBe('sku');
    expect(
      stockQueryOf({ ...DEFAULT_STOCK_LIST, status: 'out', locationId: 'loc-2' }),
    ).toMatchObject({
      status: ['out'],
      locationId: ['loc-2'],
      category: undefined,
      sort: 'sku',
    });
  });
});
