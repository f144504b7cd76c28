import { describe, expect, it } from 'vitest';
import { availableStock, stockStatus } from './stock';

describe('availableStock', () => {
  it.each([
    [10, 3, 7],
    [3, 3, 0],
    [2, 5, -3],
  ])('on hand %i, reserved %i -> %i', (onHand, reserved, available) => {
    expect(availableStock({ onHand, reserved })).toBe(available);
  });
});

describe('stockStatus', () => {
  it.each([
    { onHand: 0, reserved: 0, reorderPoint: 10, status: 'out' },
    { onHand: 5, reserved: 5, reorderPoint: 10, status: 'out' },
    { onHand: 15, reserved: 5, reorderPoint: 10, status: 'low' },
    { onHand: 11, reserved: 0, reorderPoint: 10, status: 'ok' },
    { onHand: 60, reserved: 0, reorderPoint: 10, status: 'ok' },
    { onHand: 61, reserved: 0, reorderPoint: 10, status: 'overstock' },
    { onHand: 5, reserved: 0, reorderPoint: 0, status: 'ok' },
  ] as const)(
    '$onHand on hand, $reserved reserved, reorder at $reorderPoint -> $status',
    ({ status, ...stock }) => {
      expect(stockStatus(stock)).toBe(status);
    },
  );
});
