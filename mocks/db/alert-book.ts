import type { StockLevel } from '@/api/contract';
import { alertStep, effectiveAlertState, type AlertFacts } from '@/domain/inventory/alerts';
import { alertLevelOf } from '@/domain/inventory/stock';
import type { AlertState } from '@/domain/inventory/vocabulary';
import { stockKey } from './stock-key';
import type { AlertRow } from './types';

/** Cleared alerts kept as history; older ones are forgotten first. */
export const CLEARED_ALERTS_KEPT = 500;

/** What the alert rules read of a live alert; null once it is cleared. */
export function factsOf(row: AlertRow): AlertFacts | null {
  if (row.state === 'cleared') return null;
  return {
    level: row.level,
    state: row.state,
    snoozedUntil: row.state === 'snoozed' ? (row.snoozed?.until ?? null) : null,
  };
}

/** The state a person sees at `now`: a snooze until a date that has come reads open. */
export function alertStateAt(row: AlertRow, now: number): AlertState {
  const facts = factsOf(row);
  return facts ? effectiveAlertState(facts, now) : 'cleared';
}

/**
 * Stock alerts: at most one live alert per SKU and location, raised, moved to another level and
 * cleared as its stock level changes (follow), plus a bounded history of cleared ones. Keeps what
 * changed since seeding, so persistence can save and put it back.
 */
export class AlertBook {
  private readonly byId = new Map<string, AlertRow>();
  /** stockKey → id of the live alert. */
  private readonly live = new Map<string, string>();
  /** Ids of cleared alerts, cleared earliest first. */
  private cleared: string[] = [];
  private readonly seededIds: ReadonlySet<string>;
  private readonly changed = new Map<string, AlertRow | null>();
  /** The number of the last alert raised. */
  private sequence: number;

  constructor(seeded: readonly AlertRow[]) {
    for (const row of seeded) this.byId.set(row.id, row);
    this.seededIds = new Set(seeded.map((row) => row.id));
    this.sequence = seeded.length;
    this.reindex();
  }

  get size(): number {
    return this.byId.size;
  }

  all(): IterableIterator<AlertRow> {
    return this.byId.values();
  }

  get(id: string): AlertRow | undefined {
    return this.byId.get(id);
  }

  liveFor(productId: string, locationId: string): AlertRow | undefined {
    const id = this.live.get(stockKey(productId, locationId));
    return id === undefined ? undefined : this.byId.get(id);
  }

  /**
   * Brings the alert of a stock level in line with it after a change at `at`: raised when the
   * level calls for one, moved to the new level (open again, unless snoozed until a date),
   * cleared when stock recovered. The figures shown with it follow every change.
   */
  follow(level: StockLevel, at: number): void {
    const current = this.liveFor(level.productId, level.locationId);
    const facts = current ? factsOf(current) : null;
    const seen = facts ? { ...facts, state: effectiveAlertState(facts, at) } : null;
    const step = alertStep(seen, alertLevelOf(level));
    const figures = { available: level.available, reorderPoint: level.reorderPoint };
    const moved = {
      ...figures,
      version: (current?.version ?? 0) + 1,
      updatedAt: at,
      updatedBy: null,
    };
    switch (step.kind) {
      case 'none':
        if (
          current &&
          (current.available !== level.available || current.reorderPoint !== level.reorderPoint)
        )
          this.put({ ...current, ...figures });
        return;
      case 'raise':
        this.sequence += 1;
        this.put({
          id: `alert-${this.sequence}`,
          productId: level.productId,
          locationId: level.locationId,
          level: step.level,
          state: 'open',
          raisedAt: at,
          levelChangedAt: at,
          clearedAt: null,
          acknowledged: null,
          snoozed: null,
          ...moved,
          version: 1,
        });
        this.live.set(stockKey(level.productId, level.locationId), `alert-${this.sequence}`);
        return;
      case 'level_changed':
        if (!current) return;
        this.put({
          ...current,
          ...moved,
          level: step.level,
          state: step.state,
          levelChangedAt: at,
          acknowledged: step.state === 'open' ? null : current.acknowledged,
          snoozed: step.state === 'open' ? null : current.snoozed,
        });
        return;
      case 'clear':
        if (!current) return;
        this.put({ ...current, ...moved, state: 'cleared', clearedAt: at });
        this.live.delete(stockKey(level.productId, level.locationId));
        this.cleared.push(current.id);
        this.forgetOldCleared();
        return;
    }
  }

  /** Stores a person's change of an alert (acknowledged, snoozed). */
  update(row: AlertRow): void {
    this.put(row);
  }

  /** Alerts changed since seeding, by id; null for seeded alerts dropped from the history. */
  changes(): Record<string, AlertRow | null> {
    return Object.fromEntries(this.changed);
  }

  get lastNumber(): number {
    return this.sequence;
  }

  /** Puts back changes saved earlier. */
  restore(saved: Record<string, AlertRow | null>, lastNumber: number): void {
    for (const [id, row] of Object.entries(saved)) {
      if (row) this.byId.set(id, row);
      else this.byId.delete(id);
      this.changed.set(id, row);
    }
    this.sequence = Math.max(this.sequence, lastNumber);
    this.reindex();
  }

  private put(row: AlertRow): void {
    this.byId.set(row.id, row);
    this.changed.set(row.id, row);
  }

  private reindex(): void {
    this.live.clear();
    const cleared: AlertRow[] = [];
    for (const row of this.byId.values()) {
      if (row.state === 'cleared') cleared.push(row);
      else this.live.set(stockKey(row.productId, row.locationId), row.id);
    }
    cleared.sort((a, b) => (a.clearedAt ?? 0) - (b.clearedAt ?? 0));
    this.cleared = cleared.map((row) => row.id);
    this.forgetOldCleared();
  }

  private forgetOldCleared(): void {
    while (this.cleared.length > CLEARED_ALERTS_KEPT) {
      const id = this.cleared.shift() as string;
      this.byId.delete(id);
      if (this.seededIds.has(id)) this.changed.set(id, null);
      else this.changed.delete(id);
    }
  }
}
