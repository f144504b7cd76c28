import { describe, expect, it } from 'vitest';
import type { AnalyticsQuery } from '@/api/contract/analytics';
import { ordersLinkFor, trendPointDays, type DrillTarget } from './drill-down';

const period = { from: '2026-10-24', to: '2026-11-22' };
const filtered: AnalyticsQuery = {
  ...period,
  region: ['east'],
  storeId: ['st-sh01'],
  category: ['休闲零食'],
};

describe('ordersLinkFor', () => {
  it.each<[string, AnalyticsQuery, DrillTarget, Record<string, string>]>([
    ['a region bar', period, { region: 'east' }, { ...period, region: 'east' }],
    [
      'a province bar under the page filter',
      filtered,
      { province: '上海市' },
      {
        ...period,
        region: 'east',
        storeId: 'st-sh01',
        province: '上海市',
        category: '休闲零食',
      },
    ],
    ['a store bar', period, { storeId: 'st-hz01' }, { ...period, storeId: 'st-hz01' }],
    [
      'a category bar replaces the page category',
      filtered,
      { category: '饮料冲调' },
      { ...period, region: 'east', storeId: 'st-sh01', category: '饮料冲调' },
    ],
    [
      'a trend point narrows the days',
      { ...period, region: 'east' },
      { from: '2026-11-02', to: '2026-11-08' },
      { from: '2026-11-02', to: '2026-11-08', region: 'east' },
    ],
    ['a funnel step', period, { reached: 'approved' }, { ...period, reached: 'approved' }],
    [
      'a ship latency bucket',
      period,
      { shipLatency: '24-48' },
      { ...period, shipLatency: '24-48' },
    ],
    [
      "a carrier's shipped parcels",
      period,
      { carrier: 'SF', reached: 'shipped' },
      { ...period, carrier: 'SF', reached: 'shipped' },
    ],
    [
      "a carrier's exceptions",
      period,
      { carrier: 'JD', exception: true },
      { ...period, carrier: 'JD', exception: 'yes' },
    ],
    [
      'lists written as text take their first value',
      { ...period, region: 'east,south', storeId: 'st-gz01' },
      {},
      { ...period, region: 'east', storeId: 'st-gz01' },
    ],
  ])('%s', (_, query, target, expected) => {
    const url = new URL(ordersLinkFor(query, target), 'http://localhost');
    expect(url.pathname).toBe('/orders');
    expect(Object.fromEntries(url.searchParams)).toEqual(expected);
    expect(url.searchParams.has('range')).toBe(false);
  });
});

describe('trendPointDays', () => {
  const days = ['2026-11-20', '2026-11-21', '2026-11-22'];
  // Weeks start on Mondays; the first one starts on the period's first day.
  const weeks = ['2026-10-24', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'];

  it.each([
    ['a day', days, 1, { from: '2026-11-21', to: '2026-11-21' }],
    ['the last day', days, 2, { from: '2026-11-22', to: '2026-11-22' }],
    ['the clipped first week', weeks, 0, { from: '2026-10-24', to: '2026-10-25' }],
    ['a whole week', weeks, 2, { from: '2026-11-02', to: '2026-11-08' }],
    ['the last week ends with the period', weeks, 4, { from: '2026-11-16', to: '2026-11-22' }],
  ])('%s', (_, dates, index, expected) => {
    expect(trendPointDays(dates, index, period)).toEqual(expected);
  });

  it('has no days for a point that is not there', () => {
    expect(trendPointDays(days, 5, period)).toBeNull();
  });
});
