import type { StockLevel } from '@/api/contract';
import { availableStock, stockStatus } from '@/domain/inventory/stock';

/** How stock levels are keyed, here and in a saved overlay. */
function stockKey(productId: string, locationId: string): string {
  return `${productId}|${locationId}`;
}

/**
 * Stock levels per product and location, and which of them changed since seeding (reservations
 * made by order commands), so those can be saved and put back.
 */
export class StockTable {
  /** A copy of the seeded levels: changes replace levels in it, the seed data stays pristine. */
  readonly levels: StockLevel[];
  private readonly positionByKey: Map<string, number>;
  private readonly changed = new Map<string, StockLevel>();

  constructor(seeded: readonly StockLevel[]) {
    this.levels = [...seeded];
    this.positionByKey = new Map(
      this.levels.map((s, i) => [stockKey(s.productId, s.locationId), i]),
    );
  }

  level(productId: string, locationId: string): StockLevel | undefined {
    const position = this.positionByKey.get(stockKey(productId, locationId));
    return position === undefined ? undefined : this.levels[position];
  }

  /**
   * Changes what is reserved of a product at a location (negative to release), never below 0;
   * available and status follow. Answers the new level, or undefined when the pair is not stocked.
   */
  adjustReserved(productId: string, locationId: string, delta: number): StockLevel | undefined {
    const key = stockKey(productId, locationId);
    const position = this.positionByKey.get(key);
    const before = position === undefined ? undefined : this.levels[position];
    if (position === undefined || !before) return undefined;
    const reserved = Math.max(0, before.reserved + delta);
    const figures = { onHand: before.onHand, reserved, reorderPoint: before.reorderPoint };
    const after: StockLevel = {
      ...before,
      reserved,
      available: availableStock(figures),
      status: stockStatus(figures),
      version: before.version + 1,
    };
    this.levels[position] = after;
    this.changed.set(key, after);
    return after;
  }

  /** The levels changed since seeding, by key. */
  changes(): Record<string, StockLevel> {
    return Object.fromEntries(this.changed);
  }

  /** Puts back levels saved earlier; pairs no longer stocked are skipped. */
  restore(saved: Record<string, StockLevel>): void {
    for (const [key, level] of Object.entries(saved)) {
      const position = this.positionByKey.get(key);
      if (position === undefined) continue;
      this.levels[position] = level;
      this.changed.set(key, level);
    }
  }

  /**
   * A shipped order's units leave the shelf: on hand and reserved both go down by `quantity`
   * (the reservation becomes a deduction), never below 0. Answers the new level, or undefined
   * when the pair is not stocked.
   */
  deductShipped(productId: string, locationId: string, quantity: number): StockLevel | undefined {
    const key = stockKey(productId, locationId);
    const position = this.positionByKey.get(key);
    const before = position === undefined ? undefined : this.levels[position];
    if (position === undefined || !before) return undefined;
    const figures = {
      onHand: Math.max(0, before.onHand - quantity),
      reserved: Math.max(0, before.reserved - quantity),
      reorderPoint: before.reorderPoint,
    };
    const after: StockLevel = {
      ...before,
      ...figures,
      available: availableStock(figures),
      status: stockStatus(figures),
      version: before.version + 1,
    };
    this.levels[position] = after;
    this.changed.set(key, after);
    return after;
  }
}
