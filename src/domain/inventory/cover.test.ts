import { describe, expect, it } from 'vitest';
import { daysOfCover, needsReplenishment, salesVelocity, suggestedQuantity } from './cover';

describe('salesVelocity', () => {
  it.each([
    [0, 30, 0],
    [30, 30, 1],
    [10, 30, 0.33],
    [20, 30, 0.67],
    [45, 7, 6.43],
    [5, 0, 0],
  ])('%i sold in %i days -> %d a day', (unitsSold, days, velocity) => {
    expect(salesVelocity(unitsSold, days)).toBe(velocity);
  });

  it('averages over 30 days by default', () => {
    expect(salesVelocity(90)).toBe(3);
  });
});

describe('daysOfCover', () => {
  it.each([
    [10, 0, null],
    [-5, 0, null],
    [0, 1, 0],
    [-3, 2, 0],
    [10, 2, 5],
    [10, 3, 3.3],
    [10, 0.33, 30.3],
    [1, 0.67, 1.5],
  ])('available %i at %d a day -> %s days', (available, velocity, days) => {
    expect(daysOfCover(available, velocity)).toBe(days);
  });
});

describe('suggestedQuantity', () => {
  it.each([
    {
      case: 'below the target',
      available: 5,
      reorderPoint: 10,
      velocity: 1,
      targetCoverDays: 14,
      quantity: 9,
    },
    {
      case: 'at the target',
      available: 14,
      reorderPoint: 10,
      velocity: 1,
      targetCoverDays: 14,
      quantity: 0,
    },
    {
      case: 'above the target',
      available: 20,
      reorderPoint: 10,
      velocity: 1,
      targetCoverDays: 14,
      quantity: 0,
    },
    {
      case: 'reorder point above the cover target',
      available: 5,
      reorderPoint: 20,
      velocity: 0.5,
      targetCoverDays: 10,
      quantity: 15,
    },
    {
      case: 'fractional cover rounds up',
      available: 0,
      reorderPoint: 1,
      velocity: 0.35,
      targetCoverDays: 10,
      quantity: 4,
    },
    {
      case: 'whole cover needs no extra unit',
      available: 0,
      reorderPoint: 1,
      velocity: 0.1,
      targetCoverDays: 30,
      quantity: 3,
    },
    {
      case: 'negative available is made up too',
      available: -4,
      reorderPoint: 5,
      velocity: 1,
      targetCoverDays: 7,
      quantity: 11,
    },
    {
      case: 'no sales: up to the reorder point',
      available: 3,
      reorderPoint: 10,
      velocity: 0,
      targetCoverDays: 14,
      quantity: 7,
    },
    {
      case: 'no sales, no reorder point',
      available: 0,
      reorderPoint: 0,
      velocity: 0,
      targetCoverDays: 14,
      quantity: 0,
    },
  ])('$case -> $quantity', ({ quantity, case: _case, ...figures }) => {
    expect(suggestedQuantity(figures)).toBe(quantity);
  });
});

describe('needsReplenishment', () => {
  it.each([
    { available: 5, reorderPoint: 10, velocity: 1, targetCoverDays: 14, needs: true },
    { available: 0, reorderPoint: 1, velocity: 0, targetCoverDays: 14, needs: true },
    // At the reorder point: not low, even though the cover target is higher.
    { available: 10, reorderPoint: 10, velocity: 2, targetCoverDays: 14, needs: false },
    { available: 0, reorderPoint: 0, velocity: 0, targetCoverDays: 14, needs: false },
    // Out of stock with sales: needed even with no reorder point.
    { available: 0, reorderPoint: 0, velocity: 1, targetCoverDays: 14, needs: true },
    { available: -2, reorderPoint: 0, velocity: 0, targetCoverDays: 14, needs: true },
  ])(
    'available $available, reorder at $reorderPoint, $velocity/day -> $needs',
    ({ needs, ...figures }) => {
      expect(needsReplenishment(figures)).toBe(needs);
    },
  );
});
