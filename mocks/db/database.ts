import type { AuditEvent, Location, StockLevel, Store } from '@/api/contract';
import { phoneLastFour } from '@/domain/customer';
import { availableStock, stockStatus } from '@/domain/inventory/stock';
import { ORDER_STATUSES, type OrderStatus } from '@/domain/order/status';
import type { SeedData } from '../seed';
import {
  CATEGORY_NAMES,
  LOCATIONS,
  STORES,
  TAGS,
  USERS,
  type DemoUser,
  type SeedProduct,
  type TagRow,
} from '../seed/reference';
import { AnalyticsCube } from './analytics-cube';
import { OrderColumns, STATUS_INDEX } from './columns';
import { insertSorted, removeSorted } from './sorted';
import type { ArrivalCursor, CustomerRow, OrderRow, Overlay } from './types';

export type ChangeListener = (overlay: Overlay) => void;

/**
 * The mock backend's tables. Orders are kept newest first; every index holds positions into
 * that array in ascending order, so walking an index walks orders newest first.
 */
export class MockDb {
  readonly stores: readonly Store[] = STORES;
  readonly locations: readonly Location[] = LOCATIONS;
  readonly users: readonly DemoUser[] = USERS;
  readonly categories: readonly string[] = CATEGORY_NAMES;
  tags: TagRow[] = TAGS.map((t) => ({ ...t }));

  seed!: number;
  seededAt!: number;
  products!: SeedProduct[];
  customers!: CustomerRow[];
  stock!: StockLevel[];
  orders!: OrderRow[];
  audit!: AuditEvent[];

  readonly storeIndexById = new Map(STORES.map((s, i) => [s.id, i]));
  readonly locationById = new Map(LOCATIONS.map((l) => [l.id, l]));
  productIndexById = new Map<string, number>();

  positionByNumber = new PositionIndex(() => this.orders.length);
  positionByWaybill = new PositionIndex(() => this.orders.length);
  byStore: number[][] = [];
  byStatus = new Map<OrderStatus, number[]>();
  byLocation = new Map<string, number[]>();
  /** Positions of each customer's orders: customerOrders[customerStart[c] .. customerStart[c + 1]). */
  customerStart = new Int32Array(1);
  customerOrders = new Int32Array(0);
  customerByPhone = new Map<string, number>();
  customersByPhoneTail = new Map<string, number[]>();
  private totalOrder: { ascending: Int32Array; descending: Int32Array } | null = null;
  /** Orders per store and status (ORDER_STATUSES order), for tab counts without a scan. */
  statusCountsByStore: number[][] = [];
  private analytics: AnalyticsCube | null = null;
  columns!: OrderColumns;
  private tagBits = new Map<string, number>();
  private tagsChanged = false;
  /** Orders placed after seeding (see arrivals.ts): the newest, so always positions 0 .. n-1. */
  arrivedCount = 0;
  /** How far the arrivals have been generated: the last arrival's number in its sequence, and when. */
  arrivalCursor: ArrivalCursor = { index: 0, at: 0 };

  private changedOrders = new Map<string, OrderRow>();
  private addedAudit: AuditEvent[] = [];
  private listeners = new Set<ChangeListener>();
  private auditSequence = 0;
  /** Position in `stock` by `${productId}|${locationId}`. */
  private stockPosition = new Map<string, number>();
  private changedStock = new Map<string, StockLevel>();
  /** Inside batch(): listeners hear once at the end instead of once per change. */
  private batchDepth = 0;
  private batchChanged = false;

  constructor(data: SeedData) {
    this.load(data);
  }

  /** Replaces every table with freshly seeded data and forgets all changes. */
  load(data: SeedData): void {
    this.seed = data.seed;
    this.seededAt = data.now;
    this.products = data.products;
    this.customers = data.customers;
    // Also a copy: stock changes replace levels in it.
    this.stock = [...data.stock];
    this.stockPosition = new Map(
      this.stock.map((s, i) => [stockKey(s.productId, s.locationId), i]),
    );
    this.changedStock.clear();
    // A copy: updates replace rows in this array, and the seed data must stay pristine for reset.
    this.orders = [...data.orders];
    this.audit = [...data.audit];
    this.tags = TAGS.map((t) => ({ ...t }));
    this.tagsChanged = false;
    this.arrivedCount = 0;
    this.arrivalCursor = { index: 0, at: data.now };
    this.changedOrders.clear();
    this.addedAudit = [];
    this.productIndexById = new Map(data.products.map((p, i) => [p.id, i]));
    this.customerByPhone = new Map();
    this.customersByPhoneTail = new Map();
    data.customers.forEach((c, i) => {
      this.customerByPhone.set(c.phone, i);
      const tail = phoneLastFour(c.phone);
      const list = this.customersByPhoneTail.get(tail);
      if (list) list.push(i);
      else this.customersByPhoneTail.set(tail, [i]);
    });
    this.rebuildOrderIndexes();
  }

  private rebuildOrderIndexes(): void {
    const orders = this.orders;
    this.positionByNumber = new PositionIndex(() => this.orders.length);
    this.positionByWaybill = new PositionIndex(() => this.orders.length);
    this.byStore = this.stores.map(() => []);
    this.byStatus = new Map(ORDER_STATUSES.map((s) => [s, []]));
    this.statusCountsByStore = this.stores.map(() => ORDER_STATUSES.map(() => 0));
    this.byLocation = new Map(this.locations.map((l) => [l.id, []]));
    this.columns = new OrderColumns(
      orders.length,
      (id) => this.locations.findIndex((l) => l.id === id),
      (id) => this.tagBitOf(id),
    );
    this.analytics = null;
    this.totalOrder = null;
    for (let position = 0; position < orders.length; position += 1) {
      const row = orders[position] as OrderRow;
      this.positionByNumber.set(row.number, position);
      if (row.shipment) this.positionByWaybill.set(row.shipment.waybill, position);
      this.byStore[row.storeIndex]?.push(position);
      this.byStatus.get(row.status)?.push(position);
      this.countStatus(row, 1);
      this.columns.set(position, row);
      if (row.locationId) this.byLocation.get(row.locationId)?.push(position);
    }
    this.rebuildCustomerIndex();
  }

  /**
   * Daily aggregates for analytics, built on first use: only managers and admins read them, so
   * nobody else waits for them at start-up.
   */
  get cube(): AnalyticsCube {
    if (!this.analytics) {
      const cube = new AnalyticsCube(
        this.products,
        this.categories.length,
        (i) => this.stores[i]?.timeZone ?? 'Asia/Shanghai',
      );
      for (const row of this.orders) cube.add(row);
      this.analytics = cube;
    }
    return this.analytics;
  }

  /** Positions ordered by total (ascending, then newest first), for sorting large result sets. */
  get byTotal(): Int32Array {
    return this.totalOrders().ascending;
  }

  /** Highest total first, then newest first. */
  get byTotalDesc(): Int32Array {
    return this.totalOrders().descending;
  }

  /** The bit of a tag in the tags column; tags beyond 32 share the last bit and are checked on the row. */
  tagBitOf(id: string): number {
    let bit = this.tagBits.get(id);
    if (bit === undefined) {
      bit = 2 ** Math.min(this.tagBits.size, 31);
      this.tagBits.set(id, bit);
    }
    return bit;
  }

  get tagBitsShared(): boolean {
    return this.tagBits.size > 31;
  }

  /** How many orders carry each tag, counted from the tags column rather than the rows. */
  tagOrderCounts(): Map<string, number> {
    const perBit = new Float64Array(32);
    const column = this.columns.tags;
    for (let position = 0; position < column.length; position += 1) {
      let bits = column[position] as number;
      while (bits !== 0) {
        const lowest = bits & -bits;
        const bit = 31 - Math.clz32(lowest);
        perBit[bit] = (perBit[bit] as number) + 1;
        bits ^= lowest;
      }
    }
    const counts = new Map<string, number>();
    const shared = 2 ** 31;
    for (const tag of this.tags) {
      const bit = this.tagBitOf(tag.id);
      if (bit !== shared || !this.tagBitsShared) {
        counts.set(tag.id, perBit[31 - Math.clz32(bit)] as number);
        continue;
      }
      // Tags past the 31st share the last bit: their rows tell them apart.
      let n = 0;
      for (let position = 0; position < column.length; position += 1) {
        if (((column[position] as number) & shared) !== 0)
          n += (this.orders[position] as OrderRow).tagIds.includes(tag.id) ? 1 : 0;
      }
      counts.set(tag.id, n);
    }
    return counts;
  }

  /** Positions of the orders carrying a tag, ascending. */
  positionsWithTag(id: string): number[] {
    const bit = this.tagBitOf(id);
    const column = this.columns.tags;
    const positions: number[] = [];
    for (let position = 0; position < column.length; position += 1) {
      if (
        ((column[position] as number) & bit) !== 0 &&
        (this.orders[position] as OrderRow).tagIds.includes(id)
      )
        positions.push(position);
    }
    return positions;
  }

  /** Replaces the tag list (a tag created, renamed, recoloured or deleted); kept for persistence. */
  replaceTags(tags: TagRow[]): void {
    this.tags = tags;
    this.tagsChanged = true;
    this.notify();
  }

  private countStatus(row: OrderRow, delta: number): void {
    const counts = this.statusCountsByStore[row.storeIndex];
    const index = STATUS_INDEX[row.status];
    if (counts) counts[index] = (counts[index] as number) + delta;
  }

  private rebuildCustomerIndex(): void {
    const start = new Int32Array(this.customers.length + 1);
    for (const row of this.orders)
      start[row.customerIndex + 1] = (start[row.customerIndex + 1] as number) + 1;
    for (let c = 0; c < this.customers.length; c += 1)
      start[c + 1] = (start[c + 1] as number) + (start[c] as number);
    const fill = start.slice(0, this.customers.length);
    const positions = new Int32Array(this.orders.length);
    this.orders.forEach((row, position) => {
      const at = fill[row.customerIndex] as number;
      positions[at] = position;
      fill[row.customerIndex] = at + 1;
    });
    this.customerStart = start;
    this.customerOrders = positions;
  }

  /** The customer index after `rows` were put at the front: their positions lead each customer's list. */
  private prependToCustomerIndex(rows: readonly OrderRow[]): void {
    const count = rows.length;
    const customers = this.customers.length;
    const oldStart = this.customerStart;
    const oldOrders = this.customerOrders;
    const added = new Int32Array(customers + 1);
    for (const row of rows)
      added[row.customerIndex + 1] = (added[row.customerIndex + 1] as number) + 1;
    for (let c = 0; c < customers; c += 1)
      added[c + 1] = (added[c + 1] as number) + (added[c] as number);
    const start = new Int32Array(customers + 1);
    for (let c = 0; c <= customers; c += 1)
      start[c] = (oldStart[c] as number) + (added[c] as number);
    const positions = new Int32Array(oldOrders.length + count);
    const fill = start.slice(0, customers);
    rows.forEach((row, position) => {
      positions[fill[row.customerIndex] as number] = position;
      fill[row.customerIndex] = (fill[row.customerIndex] as number) + 1;
    });
    for (let c = 0; c < customers; c += 1) {
      let at = fill[c] as number;
      for (let j = oldStart[c] as number; j < (oldStart[c + 1] as number); j += 1)
        positions[at++] = (oldOrders[j] as number) + count;
    }
    this.customerStart = start;
    this.customerOrders = positions;
  }

  /** Positions of a customer's orders, ascending (newest first). */
  ordersOfCustomer(customerIndex: number): number[] {
    return Array.from(
      this.customerOrders.subarray(
        this.customerStart[customerIndex],
        this.customerStart[customerIndex + 1],
      ),
    );
  }

  private totalOrders(): { ascending: Int32Array; descending: Int32Array } {
    this.totalOrder ??= this.buildTotalOrder();
    return this.totalOrder;
  }

  private buildTotalOrder(): { ascending: Int32Array; descending: Int32Array } {
    const totals = new Float64Array(this.orders.length);
    this.orders.forEach((row, i) => {
      // Total first, position as the tie-breaker, packed into one sortable number.
      totals[i] = row.total * 4_194_304 + i;
    });
    totals.sort();
    const ascending = Int32Array.from(totals, (packed) => packed % 4_194_304);
    // Descending by total but still newest first among equal totals.
    const desc = new Int32Array(ascending.length);
    let out = 0;
    let end = ascending.length;
    while (end > 0) {
      const total = (this.orders[ascending[end - 1] as number] as OrderRow).total;
      let start = end - 1;
      while (start > 0 && (this.orders[ascending[start - 1] as number] as OrderRow).total === total)
        start -= 1;
      for (let k = start; k < end; k += 1) desc[out++] = ascending[k] as number;
      end = start;
    }
    return { ascending, descending: desc };
  }

  /** Order ids are the order number with "o" for "SO", so one index serves both. */
  positionOf(id: string): number | undefined {
    return id.startsWith('o') ? this.positionByNumber.get(`SO${id.slice(1)}`) : undefined;
  }

  order(id: string): OrderRow | undefined {
    const position = this.positionOf(id);
    return position === undefined ? undefined : this.orders[position];
  }

  customerOf(row: OrderRow): CustomerRow {
    const customer = this.customers[row.customerIndex];
    if (!customer) throw new Error(`order ${row.id} has no customer`);
    return customer;
  }

  storeOf(row: OrderRow): Store {
    const store = this.stores[row.storeIndex];
    if (!store) throw new Error(`order ${row.id} has no store`);
    return store;
  }

  productAt(index: number): SeedProduct {
    const product = this.products[index];
    if (!product) throw new Error(`no product at ${index}`);
    return product;
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
    this.notify();
    return draft;
  }

  /**
   * Adds orders newer than every other (newest first) at the front. Every position moves up by
   * their number, so every index of positions is shifted here: an index added to this class
   * must be shifted here too.
   */
  addNewest(rows: readonly OrderRow[], cursor: ArrivalCursor): void {
    const count = rows.length;
    this.arrivalCursor = cursor;
    if (count === 0) return;
    const newest = this.orders[0];
    if (newest && (rows.at(-1) as OrderRow).placedAt < newest.placedAt)
      throw new Error('addNewest takes only orders newer than every other');
    const shift = (list: number[]) => {
      for (let i = 0; i < list.length; i += 1) list[i] = (list[i] as number) + count;
    };
    this.orders.unshift(...rows);
    this.byStore.forEach(shift);
    this.byStatus.forEach(shift);
    this.byLocation.forEach(shift);
    this.columns.prepend(count);
    // The new positions 0 .. count-1 come before every shifted one, so each list gains a prefix.
    const storeFronts = this.byStore.map(() => [] as number[]);
    const statusFronts = new Map<OrderStatus, number[]>(ORDER_STATUSES.map((s) => [s, []]));
    const locationFronts = new Map<string, number[]>(this.locations.map((l) => [l.id, []]));
    rows.forEach((row, position) => {
      this.positionByNumber.set(row.number, position);
      if (row.shipment) this.positionByWaybill.set(row.shipment.waybill, position);
      storeFronts[row.storeIndex]?.push(position);
      statusFronts.get(row.status)?.push(position);
      if (row.locationId) locationFronts.get(row.locationId)?.push(position);
      this.countStatus(row, 1);
      this.columns.set(position, row);
      this.analytics?.add(row);
    });
    storeFronts.forEach((front, store) => this.byStore[store]?.unshift(...front));
    statusFronts.forEach((front, status) => this.byStatus.get(status)?.unshift(...front));
    locationFronts.forEach((front, id) => this.byLocation.get(id)?.unshift(...front));
    this.totalOrder = null;
    this.prependToCustomerIndex(rows);
    this.arrivedCount += count;
    this.notify();
  }

  private replaceAt(position: number, before: OrderRow, after: OrderRow): void {
    this.analytics?.remove(before);
    this.orders[position] = after;
    this.countStatus(before, -1);
    this.countStatus(after, 1);
    this.columns.set(position, after);
    if (before.status !== after.status) {
      removeSorted(this.byStatus.get(before.status) ?? [], position);
      insertSorted(this.byStatus.get(after.status) ?? [], position);
    }
    if (before.locationId !== after.locationId) {
      if (before.locationId) removeSorted(this.byLocation.get(before.locationId) ?? [], position);
      if (after.locationId) insertSorted(this.byLocation.get(after.locationId) ?? [], position);
    }
    const oldWaybill = before.shipment?.waybill;
    const newWaybill = after.shipment?.waybill;
    if (oldWaybill !== newWaybill) {
      if (oldWaybill) this.positionByWaybill.delete(oldWaybill);
      if (newWaybill) this.positionByWaybill.set(newWaybill, position);
    }
    this.analytics?.add(after);
    if (before.total !== after.total) this.totalOrder = null;
  }

  stockLevel(productId: string, locationId: string): StockLevel | undefined {
    const position = this.stockPosition.get(stockKey(productId, locationId));
    return position === undefined ? undefined : this.stock[position];
  }

  /**
   * Changes what is reserved of a product at a location (negative to release), never below 0;
   * available and status follow. Answers the new level, or undefined when the pair is not stocked.
   */
  adjustReserved(productId: string, locationId: string, delta: number): StockLevel | undefined {
    const key = stockKey(productId, locationId);
    const position = this.stockPosition.get(key);
    const before = position === undefined ? undefined : this.stock[position];
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
    this.stock[position] = after;
    this.changedStock.set(key, after);
    this.notify();
    return after;
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
      stock: Object.fromEntries(this.changedStock),
      ...(this.tagsChanged ? { tags: this.tags } : {}),
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
    for (const row of Object.values(overlay.orders)) {
      const position = this.positionOf(row.id);
      const before = position === undefined ? undefined : this.orders[position];
      if (position === undefined || !before) continue;
      this.replaceAt(position, before, row);
      this.changedOrders.set(row.id, row);
    }
    for (const [key, level] of Object.entries(overlay.stock ?? {})) {
      const position = this.stockPosition.get(key);
      if (position === undefined) continue;
      this.stock[position] = level;
      this.changedStock.set(key, level);
    }
    const known = new Set(this.audit.map((e) => e.id));
    for (const event of overlay.audit) {
      if (known.has(event.id)) continue;
      this.addedAudit.push(event);
      this.audit.push(event);
    }
    this.audit.sort((a, b) => b.at.localeCompare(a.at));
    this.auditSequence = Math.max(this.auditSequence, this.addedAudit.length);
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

function stockKey(productId: string, locationId: string): string {
  return `${productId}|${locationId}`;
}

/**
 * Keys (order numbers, waybills) to positions that stay right when orders are added at the
 * front: it keeps each order's place counted from the oldest, which never changes, and turns it
 * into a position when asked.
 */
class PositionIndex {
  private fromOldest = new Map<string, number>();

  constructor(private readonly size: () => number) {}

  get(key: string): number | undefined {
    const place = this.fromOldest.get(key);
    return place === undefined ? undefined : this.size() - 1 - place;
  }

  set(key: string, position: number): void {
    this.fromOldest.set(key, this.size() - 1 - position);
  }

  delete(key: string): void {
    this.fromOldest.delete(key);
  }
}
