import { describe, expect, it } from 'vitest';
import { applyAdjustment } from './adjustment';

describe('applyAdjustment', () => {
  it.each([
    // on hand 10, 4 reserved
    [10, 4, 'cycle_count', 12, { ok: true, onHand: 12, delta: 2 }],
    [10, 4, 'cycle_count', 4, { ok: true, onHand: 4, delta: -6 }],
    [10, 4, 'cycle_count', 3, { ok: false, error: 'below_reserved' }],
    [10, 4, 'cycle_count', 10, { ok: false, error: 'no_change' }],
    [10, 4, 'cycle_count', 0, { ok: false, error: 'below_reserved' }],
    [5, 0, 'cycle_count', 0, { ok: true, onHand: 0, delta: -5 }],
    [10, 4, 'damage', 6, { ok: true, onHand: 4, delta: -6 }],
    [10, 4, 'damage', 7, { ok: false, error: 'below_reserved' }],
    [3, 0, 'damage', 5, { ok: false, error: 'below_reserved' }],
    [10, 4, 'damage', 0, { ok: false, error: 'quantity_required' }],
    [10, 4, 'return_to_stock', 3, { ok: true, onHand: 13, delta: 3 }],
    [10, 4, 'return_to_stock', 0, { ok: false, error: 'quantity_required' }],
    // More reserved than on hand: raising on hand is taken, lowering it is not.
    [2, 5, 'return_to_stock', 1, { ok: true, onHand: 3, delta: 1 }],
    [2, 5, 'cycle_count', 4, { ok: true, onHand: 4, delta: 2 }],
    [2, 5, 'cycle_count', 1, { ok: false, error: 'below_reserved' }],
    [2, 5, 'damage', 1, { ok: false, error: 'below_reserved' }],
  ] as const)(
    'on hand %i, %i reserved, %s %i -> %j',
    (onHand, reserved, reason, quantity, result) => {
      expect(applyAdjustment({ onHand, reserved }, { reason, quantity })).toEqual(result);
    },
  );
});
