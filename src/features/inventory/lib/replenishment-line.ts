import type { ReplenishmentLine } from '@/api/contract/inventory';

/** A line's identity: one SKU at one location. */
export function lineKey(line: Pick<ReplenishmentLine, 'productId' | 'locationId'>): string {
  return `${line.productId}@${line.locationId}`;
}

/** The most one line may order: a typo of a few digits too many is caught, a real order is not. */
export const MAX_ORDER_QUANTITY = 1_000_000;

/** A quantity typed into the review: a whole number from 1 to the maximum, else null. */
export function parseOrderQuantity(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_ORDER_QUANTITY ? value : null;
}
