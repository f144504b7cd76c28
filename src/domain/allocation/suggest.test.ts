import { describe, expect, it } from 'vitest';
import type { Region } from '../region';
import { suggestAllocation, type CandidateLocation } from './suggest';

const location = (
  id: string,
  province: string,
  region: Region,
  stock: Record<string, number>,
  kind: CandidateLocation['kind'] = 'warehouse',
): CandidateLocation => ({ id, kind, province, region, stock: new Map(Object.entries(stock)) });

const SHANGHAI = { province: '上海市', region: 'east' } as const;
const ZHEJIANG = { province: '浙江省', region: 'east' } as const;
const HUBEI = { province: '湖北省', region: 'central' } as const;
const lines = [
  { productId: 'a', quantity: 2 },
  { productId: 'b', quantity: 1 },
];

const shanghai = (stock: Record<string, number>) => location('sh', '上海市', 'east', stock);
const guangzhou = (stock: Record<string, number>) => location('gz', '广东省', 'south', stock);
const beijing = (stock: Record<string, number>) => location('bj', '北京市', 'north', stock);
const hangzhouStore = (stock: Record<string, number>) =>
  location('hz', '浙江省', 'east', stock, 'store');

describe('suggestAllocation', () => {
  it.each([
    [
      'the same province first',
      SHANGHAI,
      [guangzhou({ a: 99, b: 99 }), shanghai({ a: 2, b: 1 })],
      { locationId: 'sh', reason: 'same_province' },
    ],
    [
      'then the same region',
      ZHEJIANG,
      [guangzhou({ a: 99, b: 99 }), shanghai({ a: 2, b: 1 })],
      { locationId: 'sh', reason: 'same_region' },
    ],
    [
      'then the most stock: the least stretched line decides',
      HUBEI,
      [guangzhou({ a: 100, b: 1 }), beijing({ a: 5, b: 5 })],
      { locationId: 'bj', reason: 'most_stock' },
    ],
    [
      'a near location that cannot fulfil loses to a far one that can',
      SHANGHAI,
      [shanghai({ a: 1, b: 9 }), guangzhou({ a: 2, b: 1 })],
      { locationId: 'gz', reason: 'most_stock' },
    ],
    [
      'a store that ships counts like a warehouse',
      ZHEJIANG,
      [shanghai({ a: 9, b: 9 }), hangzhouStore({ a: 2, b: 1 })],
      { locationId: 'hz', reason: 'same_province' },
    ],
  ] as const)('%s', (_, destination, locations, best) => {
    const result = suggestAllocation({
      lines,
      destination,
      locations,
      shippingStoreLocationIds: new Set(['hz']),
    });
    expect(result.best).toEqual(best);
    expect(result.shortages).toEqual([]);
    expect(result.options[0]?.locationId).toBe(best.locationId);
  });

  it('leaves out store locations no store ships from', () => {
    const result = suggestAllocation({
      lines,
      destination: ZHEJIANG,
      locations: [shanghai({ a: 2, b: 1 }), hangzhouStore({ a: 9, b: 9 })],
      shippingStoreLocationIds: new Set(),
    });
    expect(result.best).toEqual({ locationId: 'sh', reason: 'same_region' });
    expect(result.options.map((o) => o.locationId)).toEqual(['sh']);
  });

  it('ranks every option, fulfilling first, then by fewest short products', () => {
    const result = suggestAllocation({
      lines,
      destination: SHANGHAI,
      locations: [shanghai({}), guangzhou({ a: 1, b: 1 }), beijing({ a: 2, b: 1 })],
      shippingStoreLocationIds: new Set(),
    });
    expect(
      result.options.map((o) => [o.locationId, o.canFulfil, o.shortProductIds, o.headroom]),
    ).toEqual([
      ['bj', true, [], 0],
      ['gz', false, ['a'], -1],
      ['sh', false, ['a', 'b'], -2],
    ]);
  });

  it('names the lines no location has enough of, with the most anywhere', () => {
    const result = suggestAllocation({
      lines,
      destination: SHANGHAI,
      locations: [shanghai({ a: 1, b: 5 }), guangzhou({ b: 0 }), beijing({ a: -3 })],
      shippingStoreLocationIds: new Set(),
    });
    expect(result.best).toBeNull();
    expect(result.shortages).toEqual([{ productId: 'a', quantity: 2, bestAvailable: 1 }]);
  });

  it('when stock is split between locations, names what the best-ranked one lacks', () => {
    const result = suggestAllocation({
      lines,
      destination: SHANGHAI,
      locations: [shanghai({ a: 2 }), guangzhou({ b: 1 })],
      shippingStoreLocationIds: new Set(),
    });
    expect(result.best).toBeNull();
    expect(result.options[0]?.locationId).toBe('sh');
    expect(result.shortages).toEqual([{ productId: 'b', quantity: 1, bestAvailable: 1 }]);
  });

  it('with no candidate locations, everything is short', () => {
    const result = suggestAllocation({
      lines,
      destination: SHANGHAI,
      locations: [],
      shippingStoreLocationIds: new Set(),
    });
    expect(result).toEqual({
      best: null,
      options: [],
      shortages: [
        { productId: 'a', quantity: 2, bestAvailable: 0 },
        { productId: 'b', quantity: 1, bestAvailable: 0 },
      ],
    });
  });
});
