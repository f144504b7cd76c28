import type { StockLevel } from '@/api/contract';
import { stockLevelOf, type StockBase } from './stock-figures';
import { stockKey } from './stock-key';
import type { StockTouch } from './types';

export { stockKey } from './stock-key';

/** What a change may set on a stock level; everything derived follows. */
export type StockEdit = Partial<
  Pick<StockBase, 'onHand' | 'reserved' | 'reorderPoint' | 'targetCoverDays'>
>;

function positionsBy(levels: readonly StockLevel[], keyOf: (level: StockLevel) => string) {
  const lists = new Map<string, number[]>();
  levels.forEach((level, position) => {
    const key = keyOf(level);
    const list = lists.get(key);
    if (list) list.push(position);
    else lists.set(key, [position]);
  });
  return new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));
}

/**
 * Stock levels per product and location, and which of them changed since seeding, so those can
 * be saved and put back. A level keeps its position for good, so the indexes of positions by
 * location and by category never need updating.
 */
export class StockTable {
  /** A copy of the seeded levels: changes replace levels in it, the seed data stays pristine. */
  readonly levels: StockLevel[];
  /** Positions of each location's levels, ascending. */
  readonly byLocation: ReadonlyMap<string, Int32Array>;
  /** Positions of each category's levels, ascending. */
  readonly byCategory: ReadonlyMap<string, Int32Array>;
  private readonly positionByKey: Map<string, number>;
  private readonly changed = new Map<string, StockLevel>();
  private readonly touched = new Map<string, StockTouch>();

  constructor(seeded: readonly StockLevel[]) {
    this.levels = [...seeded];
    this.positionByKey = new Map(
      this.levels.map((s, i) => [stockKey(s.productId, s.locationId), i]),
    );
    this.byLocation = positionsBy(this.levels, (level) => level.locationId);
    this.byCategory = positionsBy(this.levels, (level) => level.category);
  }

  level(productId: string, locationId: string): StockLevel | undefined {
    const position = this.positionByKey.get(stockKey(productId, locationId));
    return position === undefined ? undefined : this.levels[position];
  }

  /** When the level last changed and by whom; undefined while it is as seeded. */
  touchOf(productId: string, locationId: string): StockTouch | undefined {
    return this.touched.get(stockKey(productId, locationId));
  }

  /**
   * Changes one level: `edit` answers the new figures from the old, everything derived follows
   * and the version goes up. Answers the new level, or undefined when the pair is not stocked.
   */
  change(
    productId: string,
    locationId: string,
    edit: (before: StockLevel) => StockEdit,
    touch: StockTouch,
  ): StockLevel | undefined {
    const key = stockKey(productId, locationId);
    const position = this.positionByKey.get(key);
    const before = position === undefined ? undefined : this.levels[position];
    if (position === undefined || !before) return undefined;
    const after = stockLevelOf({ ...before, ...edit(before), version: before.version + 1 });
    this.levels[position] = after;
    this.changed.set(key, after);
    this.touched.set(key, touch);
    return after;
  }

  /** The levels changed since seeding, by key. */
  changes(): Record<string, StockLevel> {
    return Object.fromEntries(this.changed);
  }

  touches(): Record<string, StockTouch> {
    return Object.fromEntries(this.touched);
  }

  /**
   * Puts back levels saved earlier; pairs no longer stocked are skipped. The saved figures go over
   * the seeded level and the derived ones are worked out again, so a save made before a figure
   * existed still reads whole.
   */
  restore(saved: Record<string, StockLevel>, touched: Record<string, StockTouch> = {}): void {
    for (const [key, level] of Object.entries(saved)) {
      const position = this.positionByKey.get(key);
      const seeded = position === undefined ? undefined : this.levels[position];
      if (position === undefined || !seeded) continue;
      const restored = stockLevelOf({ ...seeded, ...level });
      this.levels[position] = restored;
      this.changed.set(key, restored);
      const touch = touched[key];
      if (touch) this.touched.set(key, touch);
    }
  }
}
