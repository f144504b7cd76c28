import type { StockChange } from '@/api/contract';
import type { StockChangeRow } from './types';

/** Changes kept per stock level; older ones are forgotten first. */
export const CHANGES_KEPT_PER_LEVEL = 100;

/**
 * Who changed a stock level's thresholds or corrected its on hand, when and from what to what.
 * Nothing is seeded, so everything here was added since seeding and is saved as a whole.
 */
export class StockChangeLog {
  /** Per stock key, oldest first. */
  private readonly byKey = new Map<string, StockChange[]>();
  private sequence = 0;

  record(key: string, change: Omit<StockChange, 'id'>): StockChange {
    this.sequence += 1;
    const full: StockChange = {
      id: `sc-${change.at.replace(/\D/g, '')}-${this.sequence}`,
      ...change,
    };
    this.add(key, full);
    return full;
  }

  /** Newest first. */
  of(key: string): StockChange[] {
    return [...(this.byKey.get(key) ?? [])].reverse();
  }

  /** Every change, oldest first per level. */
  rows(): StockChangeRow[] {
    const rows: StockChangeRow[] = [];
    for (const [key, changes] of this.byKey)
      for (const change of changes) rows.push({ key, change });
    return rows;
  }

  restore(rows: readonly StockChangeRow[]): void {
    const known = new Set(this.rows().map((row) => row.change.id));
    for (const { key, change } of rows) if (!known.has(change.id)) this.add(key, change);
    this.sequence = Math.max(this.sequence, rows.length);
  }

  private add(key: string, change: StockChange): void {
    const list = this.byKey.get(key);
    if (!list) {
      this.byKey.set(key, [change]);
      return;
    }
    list.push(change);
    if (list.length > CHANGES_KEPT_PER_LEVEL) list.shift();
  }
}
