import { describe, expect, it } from 'vitest';
import { alertLevelOf, availableStock, stockStatus } from './stock';

describe('availableStock', () => {
  it.each([
    [10, 3, 7],
    [3, 3, 0],
    [2, 5, -3],
  ])('on hand %i, reserved %i -> %i', (onHand, reserved, available) => {
    expect(availableStock({ onHand, reserved })).toBe(available);
  });
});

const noSales = { velocity: 0, targetCoverDays: 14 };

describe('stockStatus', () => {
  it.each([
    { onHand: 0, reserved: 0, reorderPoint: 10, ...noSales, status: 'out' },
    { onHand: 5, reserved: 5, reorderPoint: 10, ...noSales, status: 'out' },
    { onHand: 2, reserved: 5, reorderPoint: 0, ...noSales, status: 'out' },
    { onHand: 14, reserved: 5, reorderPoint: 10, ...noSales, status: 'low' },
    { onHand: 15, reserved: 5, reorderPoint: 10, ...noSales, status: 'ok' },
    { onHand: 1, reserved: 0, reorderPoint: 0, ...noSales, status: 'ok' },
    // Without sales: more than 6 reorder points is overstock.
    { onHand: 60, reserved: 0, reorderPoint: 10, ...noSales, status: 'ok' },
    { onHand: 61, reserved: 0, reorderPoint: 10, ...noSales, status: 'overstock' },
    { onHand: 5000, reserved: 0, reorderPoint: 0, ...noSales, status: 'ok' },
    // With sales: more than 3 × the target cover days is overstock, whatever the reorder point.
    { onHand: 30, reserved: 0, reorderPoint: 5, velocity: 1, targetCoverDays: 10, status: 'ok' },
    {
      onHand: 31,
      reserved: 0,
      reorderPoint: 5,
      velocity: 1,
      targetCoverDays: 10,
      status: 'overstock',
    },
    { onHand: 61, reserved: 0, reorderPoint: 10, velocity: 1, targetCoverDays: 30, status: 'ok' },
    {
      onHand: 40,
      reserved: 9,
      reorderPoint: 5,
      velocity: 1,
      targetCoverDays: 10,
      status: 'overstock',
    },
    // 751 / 25 = 30.04 days reads 30.0: not above 3 × 10.
    { onHand: 751, reserved: 0, reorderPoint: 5, velocity: 25, targetCoverDays: 10, status: 'ok' },
    {
      onHand: 753,
      reserved: 0,
      reorderPoint: 5,
      velocity: 25,
      targetCoverDays: 10,
      status: 'overstock',
    },
    // Below the reorder point is low even with years of cover.
    {
      onHand: 50,
      reserved: 0,
      reorderPoint: 100,
      velocity: 0.01,
      targetCoverDays: 1,
      status: 'low',
    },
  ] as const)(
    '$onHand on hand, $reserved reserved, reorder at $reorderPoint, $velocity/day for $targetCoverDays days -> $status',
    ({ status, ...stock }) => {
      expect(stockStatus(stock)).toBe(status);
    },
  );
});

describe('alertLevelOf', () => {
  it.each([
    [-3, 10, 'out'],
    [0, 10, 'out'],
    [0, 0, 'out'],
    [1, 10, 'low'],
    [9, 10, 'low'],
    [10, 10, null],
    [1, 0, null],
  ] as const)('available %i, reorder at %i -> %s', (available, reorderPoint, level) => {
    expect(alertLevelOf({ available, reorderPoint })).toBe(level);
  });
});
