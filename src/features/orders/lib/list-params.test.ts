import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  DEFAULT_ORDER_LIST,
  filterKeyOf,
  listQueryOf,
  newOrdersQueryOf,
  parseOrderListParams,
  presetRange,
  toOrderListParams,
} from './list-params';

const VIEW = { timeZone: 'Asia/Shanghai', pin: '2026-03-10T02:00:00.000Z' };

describe('order list URL state', () => {
  it('reads defaults from an empty URL and writes an empty URL for defaults', () => {
    expect(parseOrderListParams(new URLSearchParams())).toEqual(DEFAULT_ORDER_LIST);
    expect(toOrderListParams(DEFAULT_ORDER_LIST).toString()).toBe('');
  });

  it('round-trips every filter', () => {
    const url =
      'status=on_hold&q=5678&storeId=st-1&region=east&from=2026-11-01&to=2026-11-20&payment=paid,refunded&tags=tag-1,tag-2&tagMode=all&exception=yes&minTotal=100&maxTotal=2500.5&province=浙江省&category=饮料冲调&reached=shipped&shipLatency=24-48&carrier=SF&sort=total&page=3&pageSize=100&panel=ord-9';
    const state = parseOrderListParams(new URLSearchParams(url));
    expect(state).toEqual({
      status: 'on_hold',
      q: '5678',
      storeId: 'st-1',
      region: 'east',
      range: '',
      from: '2026-11-01',
      to: '2026-11-20',
      payment: ['paid', 'refunded'],
      tags: ['tag-1', 'tag-2'],
      tagMode: 'all',
      exception: 'yes',
      minTotal: '100',
      maxTotal: '2500.5',
      province: '浙江省',
      category: '饮料冲调',
      reached: 'shipped',
      shipLatency: '24-48',
      carrier: 'SF',
      sort: 'total',
      page: 3,
      pageSize: 100,
      panel: 'ord-9',
    });
    expect(parseOrderListParams(toOrderListParams(state))).toEqual(state);
  });

  it('keeps a date preset instead of its days, so a bookmark follows today', () => {
    const state = parseOrderListParams(new URLSearchParams('range=last7&from=2026-01-01'));
    expect(state.range).toBe('last7');
    expect(toOrderListParams(state).toString()).toBe('range=last7');
  });

  it.each([
    ['status=nonsense', { status: 'all' }],
    ['sort=-name', { sort: '-placedAt' }],
    ['page=0', { page: 1 }],
    ['page=abc', { page: 1 }],
    ['pageSize=37', { pageSize: 50 }],
    ['from=yesterday', { from: '' }],
    ['region=moon', { region: '' }],
    ['payment=paid,free', { payment: ['paid'] }],
    ['minTotal=-3', { minTotal: '' }],
    ['maxTotal=1.234', { maxTotal: '' }],
    ['exception=maybe', { exception: '' }],
    ['range=someday', { range: '' }],
    ['reached=lost', { reached: '' }],
    ['reached=SHIPPED', { reached: '' }],
    ['shipLatency=24-36', { shipLatency: '' }],
    ['shipLatency=72%2B', { shipLatency: '72+' }],
    ['carrier=sf', { carrier: '' }],
    ['carrier=SF,JD', { carrier: '' }],
    ['province=', { province: '' }],
    ['province=%20%E6%B5%99%E6%B1%9F%E7%9C%81%20', { province: '浙江省' }],
    ['province=a,b', { province: '' }],
    [`province=${'省'.repeat(41)}`, { province: '' }],
    ['category=%0A', { category: '' }],
    ['category=x%00y', { category: '' }],
  ])('falls back to the default for %s', (url, expected) => {
    expect(parseOrderListParams(new URLSearchParams(url))).toMatchObject(expected);
  });

  it('builds the backend query: lists, fen, the pin, and no empty values', () => {
    const query = listQueryOf(
      { ...DEFAULT_ORDER_LIST, storeId: 'st-2', minTotal: '99.5', tags: ['t1'], exception: 'no' },
      VIEW,
    );
    expect(query).toEqual({
      q: undefined,
      storeId: ['st-2'],
      region: undefined,
      from: undefined,
      to: undefined,
      paymentStatus: undefined,
      tags: ['t1'],
      tagMode: 'any',
      hasException: false,
      minTotal: 9950,
      maxTotal: undefined,
      placedUpTo: VIEW.pin,
      status: 'all',
      sort: '-placedAt',
      page: 1,
      pageSize: 50,
    });
  });

  it.each([
    [{ province: '浙江省' }, { province: ['浙江省'] }],
    [{ category: '饮料冲调' }, { category: ['饮料冲调'] }],
    [{ reached: 'shipped' }, { reached: 'shipped' }],
    [{ shipLatency: '72+' }, { shipLatency: '72+' }],
    [{ carrier: 'SF' }, { carrier: ['SF'] }],
  ] as const)('sends the drill-down filter %o as %o, and counts it once', (patch, wire) => {
    const state = { ...DEFAULT_ORDER_LIST, ...patch };
    expect(listQueryOf(state, VIEW)).toMatchObject(wire);
    expect(activeFilterCount(state)).toBe(1);
    expect(filterKeyOf(state)).not.toBe(filterKeyOf(DEFAULT_ORDER_LIST));
    expect(parseOrderListParams(toOrderListParams(state))).toEqual(state);
  });

  it('leaves the drill-down filters out of the query when unset', () => {
    const query = listQueryOf(DEFAULT_ORDER_LIST, VIEW);
    for (const key of ['province', 'category', 'reached', 'shipLatency', 'carrier'] as const)
      expect(query[key]).toBeUndefined();
  });

  it('counts new orders after the pin, not up to it', () => {
    const query = newOrdersQueryOf(DEFAULT_ORDER_LIST, VIEW);
    expect(query.placedAfter).toBe(VIEW.pin);
    expect(query.placedUpTo).toBeUndefined();
  });

  it('resolves presets in the store time zone', () => {
    // 02:00 UTC on 10 March is 10:00 in Shanghai; 23:30 UTC on 9 March is already the 10th there.
    const late = { ...VIEW, pin: '2026-03-09T23:30:00.000Z' };
    expect(listQueryOf({ ...DEFAULT_ORDER_LIST, range: 'today' }, late)).toMatchObject({
      from: '2026-03-10',
      to: '2026-03-10',
    });
    expect(presetRange('yesterday', '2026-03-01')).toEqual({
      from: '2026-02-28',
      to: '2026-02-28',
    });
    expect(presetRange('last7', '2026-03-10')).toEqual({ from: '2026-03-04', to: '2026-03-10' });
    expect(presetRange('last30', '2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(presetRange('thisMonth', '2026-03-10')).toEqual({
      from: '2026-03-01',
      to: '2026-03-10',
    });
  });

  it('identifies a filter regardless of sort, page and panel', () => {
    const base = filterKeyOf(DEFAULT_ORDER_LIST);
    expect(filterKeyOf({ ...DEFAULT_ORDER_LIST, sort: 'total', page: 4, panel: 'x' })).toBe(base);
    expect(filterKeyOf({ ...DEFAULT_ORDER_LIST, status: 'shipped' })).not.toBe(base);
  });
});
