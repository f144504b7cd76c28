/** One order line as allocation sees it. */
export interface AllocationLine {
  productId: string;
  quantity: number;
}

/** Available stock per product at one location; a product not stocked there has none. */
export interface StockLookup {
  get(productId: string): number | undefined;
}

export interface LineShortage {
  productId: string;
  requested: number;
  available: number;
}

export type ReserveResult = { ok: true } | { ok: false; shortage: LineShortage };

/** Quantities per product, in the order products first appear: an order may list a product twice. */
export function quantitiesByProduct(lines: readonly AllocationLine[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines)
    totals.set(line.productId, (totals.get(line.productId) ?? 0) + line.quantity);
  return totals;
}

/**
 * Whether every line can be reserved at a location: all or nothing, so the answer is either ok
 * or the first line that is short, with what is available of it.
 */
export function reserveLines(levels: StockLookup, lines: readonly AllocationLine[]): ReserveResult {
  for (const [productId, requested] of quantitiesByProduct(lines)) {
    const available = levels.get(productId) ?? 0;
    if (available < requested) return { ok: false, shortage: { productId, requested, available } };
  }
  return { ok: true };
}

/** What the parcel weighs: each product's weight times its quantity. */
export function parcelWeight(lines: readonly { weightGrams: number; quantity: number }[]): number {
  return lines.reduce((sum, line) => sum + line.weightGrams * line.quantity, 0);
}
