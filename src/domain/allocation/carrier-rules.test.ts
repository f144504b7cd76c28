import { describe, expect, it } from 'vitest';
import type { Region } from '../region';
import type { Carrier } from '../waybill/carriers';
import { pickCarrier, validateCarrierRules, type CarrierRuleLike } from './carrier-rules';

const rule = (region: Region | null, maxWeightGrams: number | null, carrier: Carrier) => ({
  region,
  maxWeightGrams,
  carrier,
});

describe('pickCarrier', () => {
  const rules: CarrierRuleLike[] = [
    rule('south', 20_000, 'JT'),
    rule(null, 3_000, 'ZTO'),
    rule('north', null, 'DEPPON'),
    rule(null, 20_000, 'YTO'),
  ];

  it.each([
    ['south, light', 'south', 500, 'JT'],
    ['south, exactly at the limit', 'south', 20_000, 'JT'],
    ['south, heavier than every limit', 'south', 20_001, 'SF'],
    ['east, light: the any-region rule', 'east', 3_000, 'ZTO'],
    ['east, medium', 'east', 3_001, 'YTO'],
    ['north, heavy: region rule with any weight', 'north', 50_000, 'DEPPON'],
    ['north, light: an earlier rule wins', 'north', 1_000, 'ZTO'],
  ] as const)('%s → %s', (_, region, weightGrams, expected) => {
    expect(pickCarrier(rules, 'SF', { region, weightGrams })).toBe(expected);
  });

  it('falls back when there are no rules', () => {
    expect(pickCarrier([], 'EMS', { region: 'east', weightGrams: 1 })).toBe('EMS');
  });
});

describe('validateCarrierRules', () => {
  it.each([
    ['a sensible list', [rule(null, 20_000, 'ZTO'), rule('south', null, 'JT')], []],
    [
      'a rule after an identical one',
      [rule('east', 1_000, 'SF'), rule('east', 1_000, 'YTO')],
      [{ index: 1, field: 'maxWeightGrams', code: 'unreachable', shadowedBy: 0 }],
    ],
    [
      'a rule after a catch-all',
      [rule(null, null, 'SF'), rule('south', 500, 'JT')],
      [{ index: 1, field: 'maxWeightGrams', code: 'unreachable', shadowedBy: 0 }],
    ],
    [
      'a lighter limit after a heavier one for the same region',
      [rule('south', 5_000, 'SF'), rule('south', 1_000, 'JT')],
      [{ index: 1, field: 'maxWeightGrams', code: 'unreachable', shadowedBy: 0 }],
    ],
    [
      'an any-region rule after a region rule is reachable',
      [rule('south', null, 'JT'), rule(null, null, 'SF')],
      [],
    ],
    [
      'a heavier limit after a lighter one is reachable',
      [rule('south', 1_000, 'JT'), rule('south', 5_000, 'SF')],
      [],
    ],
    [
      'an any-region catch-all after an any-region limit',
      [rule(null, 1_000, 'JT'), rule(null, null, 'SF'), rule(null, null, 'YTO')],
      [{ index: 2, field: 'region', code: 'unreachable', shadowedBy: 1 }],
    ],
    [
      'weights that are not whole positive grams',
      [rule('east', 0, 'SF'), rule('east', -5, 'SF'), rule('east', 1.5, 'SF')],
      [0, 1, 2].map((index) => ({ index, field: 'maxWeightGrams', code: 'weight_not_positive' })),
    ],
  ] as const)('%s', (_, rules, expected) => {
    expect(validateCarrierRules(rules)).toEqual(expected);
  });
});
