import type { AdjustmentReason } from './vocabulary';

export type AdjustmentError = 'below_reserved' | 'no_change' | 'quantity_required';

export type AdjustmentResult =
  { ok: true; onHand: number; delta: number } | { ok: false; error: AdjustmentError };

/**
 * A stock count correction. cycle_count: on hand becomes the counted quantity (0 allowed);
 * damage: quantity units leave the shelf; return_to_stock: quantity units come back (both need at
 * least 1). Refused when it lowers on hand below what is reserved; a correction that raises on hand
 * is always taken, even if it still falls short of the reservations, because it moves the figure
 * towards the truth.
 */
export function applyAdjustment(
  stock: { onHand: number; reserved: number },
  adjustment: { reason: AdjustmentReason; quantity: number },
): AdjustmentResult {
  const { reason, quantity } = adjustment;
  if (reason !== 'cycle_count' && quantity < 1) return { ok: false, error: 'quantity_required' };
  const onHand =
    reason === 'cycle_count'
      ? quantity
      : reason === 'damage'
        ? stock.onHand - quantity
        : stock.onHand + quantity;
  const delta = onHand - stock.onHand;
  if (delta === 0) return { ok: false, error: 'no_change' };
  if (delta < 0 && onHand < stock.reserved) return { ok: false, error: 'below_reserved' };
  return { ok: true, onHand, delta };
}
