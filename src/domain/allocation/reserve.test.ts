import { describe, expect, it } from 'vitest';
import { parcelWeight, reserveLines } from './reserve';

describe('reserveLines', () => {
  const levels = new Map([
    ['p-1', 5],
    ['p-2', 1],
    ['p-3', 0],
    ['p-4', -2],
  ]);

  it.each([
    ['every line covered', [{ productId: 'p-1', quantity: 5 }], { ok: true }],
    [
      'the last unit taken twice',
      [
        { productId: 'p-2', quantity: 1 },
        { productId: 'p-2', quantity: 1 },
      ],
      { ok: false, shortage: { productId: 'p-2', requested: 2, available: 1 } },
    ],
    [
      'the first short line is named',
      [
        { productId: 'p-1', quantity: 1 },
        { productId: 'p-3', quantity: 1 },
        { productId: 'p-4', quantity: 1 },
      ],
      { ok: false, shortage: { productId: 'p-3', requested: 1, available: 0 } },
    ],
    [
      'oversold stock counts as what it is',
      [{ productId: 'p-4', quantity: 1 }],
      { ok: false, shortage: { productId: 'p-4', requested: 1, available: -2 } },
    ],
    [
      'a product not stocked here',
      [{ productId: 'p-9', quantity: 1 }],
      { ok: false, shortage: { productId: 'p-9', requested: 1, available: 0 } },
    ],
    ['no lines', [], { ok: true }],
  ] as const)('%s', (_, lines, expected) => {
    expect(reserveLines(levels, lines)).toEqual(expected);
  });
});

describe('parcelWeight', () => {
  it.each([
    [[], 0],
    [[{ weightGrams: 250, quantity: 2 }], 500],
    [
      [
        { weightGrams: 250, quantity: 2 },
        { weightGrams: 1_200, quantity: 3 },
      ],
      4_100,
    ],
  ])('%j weighs %i g', (lines, grams) => {
    expect(parcelWeight(lines)).toBe(grams);
  });
});
