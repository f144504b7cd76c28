import type { AuditEvent, Location, StockLevel, Store, Tag } from '@/api/contract';
import { phoneLastFour } from '@/domain/customer';
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
} from '../seed/reference';
import { AnalyticsCube } from './analytics-cube';
import { OrderColumns, STATUS_INDEX } from './columns';
import { insertSorted, removeSorted } from './sorted';
import type { CustomerRow, OrderRow, Overlay } from './types';

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
  tags: Tag[] = TAGS.map((t) => ({ ...t }));

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

  positionByNumber = new Map<string, number>();
  positionByWaybill = new Map<string, number>();
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

  private changedOrders = new Map<string, OrderRow>();
  private addedAudit: AuditEvent[] = [];
  private listeners = new Set<ChangeListener>();
  private auditSequence = 0;

  constructor(data: SeedData) {
    this.load(data);
  }

  /** Replaces every table with freshly seeded data and forgets all changes. */
  load(data: SeedData): void {
    this.seed = data.seed;
    this.seededAt = data.now;
    this.products = data.products;
    this.customers = data.customers;
    this.stock = data.stock;
    // A copy: updates replace rows in this array, and the seed data must stay pristine for reset.
    this.orders = [...data.orders];
    this.audit = [...data.audit];
    this.tags = TAGS.map((t) => ({ ...t }));
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
    this.positionByNumber = new Map();
    this.positionByWaybill = new Map();
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
    return { orders: Object.fromEntries(this.changedOrders), audit: [...this.addedAudit] };
  }

  /** Puts back changes saved earlier (from IndexedDB); orders the seed no longer has are skipped. */
  applyOverlay(overlay: Overlay): void {
    for (const row of Object.values(overlay.orders)) {
      const position = this.positionOf(row.id);
      const before = position === undefined ? undefined : this.orders[position];
      if (position === undefined || !before) continue;
      this.replaceAt(position, before, row);
      this.changedOrders.set(row.id, row);
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
    const overlay = this.exportOverlay();
    for (const listener of this.listeners) listener(overlay);
  }
}
