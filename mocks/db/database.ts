import type { AuditEvent, CarrierRuleSet, StockChange, StockLevel } from '@/api/contract';
import type { SeedData } from '../seed';
import { SEEDED_CARRIER_RULES } from '../seed/carrier-rules';
import type { TagRow } from '../seed/reference';
import type { StockEdit } from './stock-table';
import { OrderTables } from './tables';
import type { AlertRow, ArrivalCursor, OrderRow, Overlay, StockTouch, TemplateRow } from './types';

export type ChangeListener = (overlay: Overlay) => void;

/**
 * The mock backend's tables (see tables.ts for what they hold and how they are read) and every
 * change to them. Each change also goes into the record of what changed since seeding, the
 * overlay that persistence saves and puts back, so a change and its bookkeeping read together.
 */
export class MockDb extends OrderTables {
  private tagsChanged = false;
  /** Read top to bottom to pick a carrier (see src/domain/allocation). */
  carrierRules: CarrierRuleSet = structuredClone(SEEDED_CARRIER_RULES);
  private carrierRulesChanged = false;
  private changedOrders = new Map<string, OrderRow>();
  /** Notification templates an admin changed, by `${kind}|${locale}`; the seeded wording otherwise. */
  private changedTemplates = new Map<string, TemplateRow>();
  private addedAudit: AuditEvent[] = [];
  private listeners = new Set<ChangeListener>();
  private auditSequence = 0;
  /** Inside batch(): listeners hear once at the end instead of once per change. */
  private batchDepth = 0;
  private batchChanged = false;
  /** When a change happened, where the caller does not say; the backend sets it to its clock. */
  clock: () => number = () => Date.now();
  /** Goes up whenever every table is replaced or restored: the tracking heap is built again. */
  tablesGeneration = 0;
  /** Orders whose parcel was shipped or replaced since the tracking catch-up last asked. */
  private newParcels: string[] = [];

  constructor(data: SeedData) {
    super();
    this.load(data);
  }

  /** Replaces every table with freshly seeded data and forgets all changes. */
  load(data: SeedData): void {
    this.loadTables(data);
    this.tagsChanged = false;
    this.carrierRules = structuredClone(SEEDED_CARRIER_RULES);
    this.carrierRulesChanged = false;
    this.changedOrders.clear();
    this.changedTemplates.clear();
    this.addedAudit = [];
    this.tablesGeneration += 1;
    this.newParcels = [];
  }

  /** Orders whose parcel was shipped or replaced since the last call (see parcels.ts). */
  takeNewParcels(): string[] {
    const taken = this.newParcels;
    this.newParcels = [];
    return taken;
  }

  /** Replaces the tag list (a tag created, renamed, recoloured or deleted); kept for persistence. */
  replaceTags(tags: TagRow[]): void {
    this.tags = tags;
    this.tagsChanged = true;
    this.notify();
  }

  /** Replaces the carrier rules (a manager saved them); kept for persistence. */
  replaceCarrierRules(rules: CarrierRuleSet): void {
    this.carrierRules = rules;
    this.carrierRulesChanged = true;
    this.notify();
  }

  /** The template as an admin last saved it; undefined while it keeps the seeded wording. */
  changedTemplate(
    kind: TemplateRow['kind'],
    locale: TemplateRow['locale'],
  ): TemplateRow | undefined {
    return this.changedTemplates.get(`${kind}|${locale}`);
  }

  /** Stores a changed notification template; kept for persistence. */
  replaceTemplate(row: TemplateRow): void {
    this.changedTemplates.set(`${row.kind}|${row.locale}`, row);
    this.notify();
  }

  /**
   * Changes one order: `change` gets a copy to edit, the indexes follow, the version goes up
   * (unless `touch` is false) and the change is recorded for persistence. Answers the new row.
   */
  updateOrder(
    id: string,
    change: (draft: OrderRow) => void,
    options: { at: number; by: OrderRow['updatedBy']; touch?: boolean },
  ): OrderRow {
    const position = this.positionOf(id);
    const before = position === undefined ? undefined : this.orders[position];
    if (position === undefined || !before) throw new Error(`no order ${id}`);
    const draft = structuredClone(before);
    change(draft);
    // Reading something (revealing a phone) is recorded but is no edit: it must not make
    // another person's pending update fail with a version conflict.
    if (options.touch !== false) {
      draft.version = before.version + 1;
      draft.updatedAt = options.at;
      draft.updatedBy = options.by;
    }
    this.replaceAt(position, before, draft);
    this.changedOrders.set(id, draft);
    const parcel = draft.shipment;
    if (parcel && (parcel.id !== before.shipment?.id || parcel.waybill !== before.shipment.waybill))
      this.newParcels.push(id);
    this.notify();
    return draft;
  }

  /**
   * Adds orders newer than every other (newest first) at the front. Every position moves up by
   * their number; OrderIndexes.prepend shifts the indexes to match.
   */
  addNewest(rows: readonly OrderRow[], cursor: ArrivalCursor): void {
    const count = rows.length;
    this.arrivalCursor = cursor;
    if (count === 0) return;
    const newest = this.orders[0];
    if (newest && (rows.at(-1) as OrderRow).placedAt < newest.placedAt)
      throw new Error('addNewest takes only orders newer than every other');
    this.orders.unshift(...rows);
    this.indexes.prepend(rows);
    for (const row of rows) this.analytics?.add(row);
    this.arrivedCount += count;
    this.notify();
  }

  private replaceAt(position: number, before: OrderRow, after: OrderRow): void {
    this.analytics?.remove(before);
    this.orders[position] = after;
    this.indexes.replace(position, before, after);
    this.analytics?.add(after);
  }

  /**
   * The one way a stock level changes (reservations, shipments, adjustments, thresholds): `edit`
   * answers the new figures, everything derived follows, the version goes up, the level's alert
   * is raised, moved or cleared (AlertBook.follow) and the change is kept for persistence.
   * Answers the new level, or undefined when the pair is not stocked.
   */
  changeStock(
    productId: string,
    locationId: string,
    edit: (before: StockLevel) => StockEdit,
    touch: StockTouch = { at: this.clock(), by: null },
  ): StockLevel | undefined {
    const after = this.stockTable.change(productId, locationId, edit, touch);
    if (!after) return undefined;
    this.alertBook.follow(after, touch.at);
    this.notify();
    return after;
  }

  /**
   * Changes what is reserved of a product at a location (negative to release), never below 0;
   * available and status follow. Answers the new level, or undefined when the pair is not stocked.
   */
  adjustReserved(
    productId: string,
    locationId: string,
    delta: number,
    at = this.clock(),
  ): StockLevel | undefined {
    return this.changeStock(
      productId,
      locationId,
      (before) => ({ reserved: Math.max(0, before.reserved + delta) }),
      { at, by: null },
    );
  }

  /**
   * A shipped order's units leave the shelf: on hand and reserved both go down by `quantity`
   * (the reservation becomes a deduction), never below 0.
   */
  deductShipped(
    productId: string,
    locationId: string,
    quantity: number,
    at = this.clock(),
  ): StockLevel | undefined {
    return this.changeStock(
      productId,
      locationId,
      (before) => ({
        onHand: Math.max(0, before.onHand - quantity),
        reserved: Math.max(0, before.reserved - quantity),
      }),
      { at, by: null },
    );
  }

  /** Stores a person's change of an alert (acknowledged, snoozed); kept for persistence. */
  updateAlert(row: AlertRow): void {
    this.alertBook.update(row);
    this.notify();
  }

  /** Records who changed a stock level's thresholds or on hand; kept for persistence. */
  recordStockChange(key: string, change: Omit<StockChange, 'id'>): StockChange {
    const full = this.stockChangeLog.record(key, change);
    this.notify();
    return full;
  }

  /** Runs several changes as one: listeners (persistence) hear about them once, at the end. */
  batch<T>(changes: () => T): T {
    this.batchDepth += 1;
    try {
      return changes();
    } finally {
      this.batchDepth -= 1;
      if (this.batchDepth === 0 && this.batchChanged) {
        this.batchChanged = false;
        this.notify();
      }
    }
  }

  recordAudit(event: Omit<AuditEvent, 'id'>): AuditEvent {
    this.auditSequence += 1;
    const full: AuditEvent = {
      ...event,
      id: `audit-${event.at.replace(/\D/g, '')}-${this.auditSequence}`,
    };
    this.audit.unshift(full);
    this.addedAudit.push(full);
    this.notify();
    return full;
  }

  /** Everything changed since seeding. */
  exportOverlay(): Overlay {
    return {
      orders: Object.fromEntries(this.changedOrders),
      audit: [...this.addedAudit],
      stock: this.stockTable.changes(),
      stockTouched: this.stockTable.touches(),
      alerts: this.alertBook.changes(),
      alertSequence: this.alertBook.lastNumber,
      stockChanges: this.stockChangeLog.rows(),
      ...(this.tagsChanged ? { tags: this.tags } : {}),
      ...(this.carrierRulesChanged ? { carrierRules: this.carrierRules } : {}),
      ...(this.changedTemplates.size > 0
        ? { notificationTemplates: Object.fromEntries(this.changedTemplates) }
        : {}),
      ...(this.arrivedCount > 0 || this.arrivalCursor.index > 0
        ? {
            arrivals: { rows: this.orders.slice(0, this.arrivedCount), cursor: this.arrivalCursor },
          }
        : {}),
    };
  }

  /** Puts back changes saved earlier (from IndexedDB); orders the seed no longer has are skipped. */
  applyOverlay(overlay: Overlay): void {
    // Arrived orders first: changes saved for them apply below like any other.
    if (overlay.arrivals) {
      const newest = this.orders[0]?.placedAt ?? -Infinity;
      const rows = overlay.arrivals.rows.filter((row) => row.placedAt >= newest);
      this.addNewest(rows, overlay.arrivals.cursor);
    }
    if (overlay.tags) {
      this.tags = overlay.tags;
      this.tagsChanged = true;
    }
    if (overlay.carrierRules) {
      this.carrierRules = overlay.carrierRules;
      this.carrierRulesChanged = true;
    }
    for (const row of Object.values(overlay.notificationTemplates ?? {}))
      this.changedTemplates.set(`${row.kind}|${row.locale}`, row);
    for (const row of Object.values(overlay.orders)) {
      const position = this.positionOf(row.id);
      const before = position === undefined ? undefined : this.orders[position];
      if (position === undefined || !before) continue;
      this.replaceAt(position, before, row);
      this.changedOrders.set(row.id, row);
    }
    this.stockTable.restore(overlay.stock ?? {}, overlay.stockTouched);
    this.alertBook.restore(overlay.alerts ?? {}, overlay.alertSequence ?? 0);
    this.stockChangeLog.restore(overlay.stockChanges ?? []);
    const known = new Set(this.audit.map((e) => e.id));
    for (const event of overlay.audit) {
      if (known.has(event.id)) continue;
      this.addedAudit.push(event);
      this.audit.push(event);
    }
    this.audit.sort((a, b) => b.at.localeCompare(a.at));
    this.auditSequence = Math.max(this.auditSequence, this.addedAudit.length);
    this.tablesGeneration += 1;
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    if (this.listeners.size === 0) return;
    if (this.batchDepth > 0) {
      this.batchChanged = true;
      return;
    }
    const overlay = this.exportOverlay();
    for (const listener of this.listeners) listener(overlay);
  }
}
