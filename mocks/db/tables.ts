import type { AuditEvent, Location, StockLevel, Store } from '@/api/contract';
import { phoneLastFour } from '@/domain/customer';
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
import { AlertBook } from './alert-book';
import { AnalyticsCube } from './analytics-cube';
import type { OrderColumns } from './columns';
import { OrderIndexes } from './order-indexes';
import type { PositionIndex } from './position-index';
import { StockChangeLog } from './stock-changes';
import { StockTable } from './stock-table';
import { TagBits } from './tag-bits';
import type { ArrivalCursor, CustomerRow, OrderRow } from './types';

/**
 * The mock backend's tables and every way of reading them. Orders are kept newest first; the
 * indexes of positions into them live in order-indexes.ts, the tag bits in tag-bits.ts and the
 * stock levels in stock-table.ts. Changing the tables, and recording those changes for
 * persistence, is MockDb's part (database.ts): readers need only this file.
 */
export class OrderTables {
  readonly stores: readonly Store[] = STORES;
  readonly locations: readonly Location[] = LOCATIONS;
  readonly users: readonly DemoUser[] = USERS;
  readonly categories: readonly string[] = CATEGORY_NAMES;
  tags: TagRow[] = TAGS.map((t) => ({ ...t }));

  seed!: number;
  seededAt!: number;
  products!: SeedProduct[];
  customers!: CustomerRow[];
  orders!: OrderRow[];
  audit!: AuditEvent[];

  readonly storeIndexById = new Map(STORES.map((s, i) => [s.id, i]));
  readonly locationById = new Map(LOCATIONS.map((l) => [l.id, l]));
  productIndexById = new Map<string, number>();
  customerByPhone = new Map<string, number>();
  customersByPhoneTail = new Map<string, number[]>();
  /** Orders placed after seeding (see arrivals.ts): the newest, so always positions 0 .. n-1. */
  arrivedCount = 0;
  /** How far the arrivals have been generated: the last arrival's number in its sequence, and when. */
  arrivalCursor: ArrivalCursor = { index: 0, at: 0 };

  protected indexes!: OrderIndexes;
  protected stockTable!: StockTable;
  /** Low- and out-of-stock alerts; they follow every stock change (MockDb.changeStock). */
  protected alertBook!: AlertBook;
  protected stockChangeLog!: StockChangeLog;
  /** Survives loading new data: a tag keeps its bit (see TagBits). */
  private readonly tagBits = new TagBits();
  /** Built on first use, see `cube`. */
  protected analytics: AnalyticsCube | null = null;

  /** Replaces every table with freshly seeded data. */
  protected loadTables(data: SeedData): void {
    this.seed = data.seed;
    this.seededAt = data.now;
    this.products = data.products;
    this.customers = data.customers;
    this.stockTable = new StockTable(data.stock);
    this.alertBook = new AlertBook(data.alerts);
    this.stockChangeLog = new StockChangeLog();
    // A copy: updates replace rows in this array, and the seed data must stay pristine for reset.
    this.orders = [...data.orders];
    this.audit = [...data.audit];
    this.tags = TAGS.map((t) => ({ ...t }));
    this.arrivedCount = 0;
    this.arrivalCursor = { index: 0, at: data.now };
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
    this.indexes = new OrderIndexes(
      this.orders,
      this.stores,
      this.locations,
      this.customers.length,
      (id) => this.tagBitOf(id),
    );
    this.analytics = null;
  }

  get stock(): StockLevel[] {
    return this.stockTable.levels;
  }

  /** The stock levels with their indexes, for queries; change them through MockDb.changeStock. */
  get stockIndex(): StockTable {
    return this.stockTable;
  }

  get alerts(): AlertBook {
    return this.alertBook;
  }

  get stockChanges(): StockChangeLog {
    return this.stockChangeLog;
  }

  get positionByNumber(): PositionIndex {
    return this.indexes.positionByNumber;
  }

  get positionByWaybill(): PositionIndex {
    return this.indexes.positionByWaybill;
  }

  get byStore(): number[][] {
    return this.indexes.byStore;
  }

  get byStatus(): OrderIndexes['byStatus'] {
    return this.indexes.byStatus;
  }

  get byLocation(): Map<string, number[]> {
    return this.indexes.byLocation;
  }

  /** Orders per store and status (ORDER_STATUSES order), for tab counts without a scan. */
  get statusCountsByStore(): number[][] {
    return this.indexes.statusCountsByStore;
  }

  get columns(): OrderColumns {
    return this.indexes.columns;
  }

  /** Positions of each customer's orders: customerOrders[customerStart[c] .. customerStart[c + 1]). */
  get customerStart(): Int32Array {
    return this.indexes.customers.start;
  }

  get customerOrders(): Int32Array {
    return this.indexes.customers.positions;
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
    return this.indexes.byTotal.ascending;
  }

  /** Highest total first, then newest first. */
  get byTotalDesc(): Int32Array {
    return this.indexes.byTotal.descending;
  }

  /** The bit of a tag in the tags column; tags beyond 32 share the last bit and are checked on the row. */
  tagBitOf(id: string): number {
    return this.tagBits.bitOf(id);
  }

  get tagBitsShared(): boolean {
    return this.tagBits.shared;
  }

  /** How many orders carry each tag, counted from the tags column rather than the rows. */
  tagOrderCounts(): Map<string, number> {
    return this.tagBits.orderCounts(this.tags, this.columns.tags, this.orders);
  }

  /** Positions of the orders carrying a tag, ascending. */
  positionsWithTag(id: string): number[] {
    return this.tagBits.positionsWith(id, this.columns.tags, this.orders);
  }

  /** Positions of a customer's orders, ascending (newest first). */
  ordersOfCustomer(customerIndex: number): number[] {
    return this.indexes.customers.ordersOf(customerIndex);
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

  stockLevel(productId: string, locationId: string): StockLevel | undefined {
    return this.stockTable.level(productId, locationId);
  }
}
