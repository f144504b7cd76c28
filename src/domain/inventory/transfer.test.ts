import { describe, expect, it } from 'vitest';
import { suggestTransfer, transferableQuantity, type TransferCandidate } from './transfer';

function location(id: string, overrides: Partial<TransferCandidate> = {}): TransferCandidate {
  return {
    locationId: id,
    region: 'east',
    available: 100,
    reorderPoint: 5,
    velocity: 1,
    targetCoverDays: 10,
    ...overrides,
  };
}

describe('transferableQuantity', () => {
  it.each([
    {
      case: 'not overstocked (cover exactly 3 × target)',
      available: 30,
      reorderPoint: 5,
      velocity: 1,
      quantity: 0,
    },
    { case: 'keeps its target cover', available: 100, reorderPoint: 5, velocity: 1, quantity: 90 },
    {
      case: 'keeps its reorder point when that is more',
      available: 100,
      reorderPoint: 25,
      velocity: 1,
      quantity: 75,
    },
    {
      case: 'keeps whole units of fractional cover',
      available: 20,
      reorderPoint: 1,
      velocity: 0.35,
      quantity: 16,
    },
    {
      case: 'no sales, above 6 reorder points',
      available: 61,
      reorderPoint: 10,
      velocity: 0,
      quantity: 51,
    },
    {
      case: 'no sales, at 6 reorder points',
      available: 60,
      reorderPoint: 10,
      velocity: 0,
      quantity: 0,
    },
    {
      case: 'no sales, no reorder point',
      available: 500,
      reorderPoint: 0,
      velocity: 0,
      quantity: 0,
    },
    { case: 'nothing available', available: -5, reorderPoint: 0, velocity: 1, quantity: 0 },
  ])('$case -> $quantity', ({ quantity, case: _case, ...figures }) => {
    expect(transferableQuantity(location('loc-a', figures))).toBe(quantity);
  });
});

describe('suggestTransfer', () => {
  const need = { locationId: 'loc-need', region: 'east', quantity: 20 } as const;

  it.each([
    {
      case: 'same region before a bigger donor elsewhere',
      candidates: [
        location('loc-far', { region: 'north', available: 500 }),
        location('loc-near', { available: 50 }),
      ],
      quantity: 20,
      expected: { locationId: 'loc-near', quantity: 20 },
    },
    {
      case: 'a donor elsewhere that covers the whole need before a nearby one that cannot',
      candidates: [
        location('loc-near', { available: 35 }),
        location('loc-far', { region: 'north', available: 500 }),
      ],
      quantity: 30,
      expected: { locationId: 'loc-far', quantity: 30 },
    },
    {
      case: 'when nobody covers it all: the same region first',
      candidates: [
        location('loc-far', { region: 'north', available: 45 }),
        location('loc-near', { available: 35 }),
      ],
      quantity: 60,
      expected: { locationId: 'loc-near', quantity: 25 },
    },
    {
      case: 'the most transferable within the region',
      candidates: [location('loc-a', { available: 50 }), location('loc-b', { available: 80 })],
      quantity: 20,
      expected: { locationId: 'loc-b', quantity: 20 },
    },
    {
      case: 'another region when the own region has nothing to give',
      candidates: [
        location('loc-near', { available: 30 }),
        location('loc-far', { region: 'north' }),
      ],
      quantity: 20,
      expected: { locationId: 'loc-far', quantity: 20 },
    },
    {
      case: 'never below what the donor keeps',
      candidates: [location('loc-a', { available: 40 })],
      quantity: 80,
      expected: { locationId: 'loc-a', quantity: 30 },
    },
    {
      case: 'ties go to the first location id',
      candidates: [location('loc-b'), location('loc-a')],
      quantity: 20,
      expected: { locationId: 'loc-a', quantity: 20 },
    },
    {
      case: 'never from the needing location',
      candidates: [location('loc-need', { available: 1000 })],
      quantity: 20,
      expected: null,
    },
    {
      case: 'nobody overstocked',
      candidates: [location('loc-a', { available: 30 }), location('loc-b', { available: 12 })],
      quantity: 20,
      expected: null,
    },
    {
      case: 'a third of the need at least (21 of 60 is worth a trip)',
      candidates: [location('loc-a', { available: 31 })],
      quantity: 60,
      expected: { locationId: 'loc-a', quantity: 21 },
    },
    {
      case: 'less than a third of the need is not worth a trip',
      candidates: [location('loc-a', { available: 31 })],
      quantity: 64,
      expected: null,
    },
    { case: 'no candidates', candidates: [], quantity: 20, expected: null },
    { case: 'nothing needed', candidates: [location('loc-a')], quantity: 0, expected: null },
  ])('$case', ({ candidates, quantity, expected }) => {
    expect(suggestTransfer({ ...need, quantity }, candidates)).toEqual(expected);
  });
});
