import type { Location, Store } from '@/api/contract';
import { ORDER_STATUSES, type OrderStatus } from '@/domain/order/status';
import { OrderColumns, STATUS_INDEX } from './columns';
import { CustomerOrderIndex } from './customer-index';
import { PositionIndex } from './position-index';
import { insertSorted, removeSorted } from './sorted';
import { sortByTotal, type TotalOrder } from './total-order';
import type { OrderRow } from './types';

/**
 * Every index of positions into the orders (newest first), each holding its positions in
 * ascending order so walking an index walks orders newest first. They live together because they
 * move together: built in one pass, shifted together when orders arrive at the front, updated
 * together when one order changes. An index added here must be handled by all three.
 */
export class OrderIndexes {
  readonly positionByNumber: PositionIndex;
  readonly positionByWaybill: PositionIndex;
  readonly byStore: number[][];
  readonly byStatus: Map<OrderStatus, number[]>;
  readonly byLocation: Map<string, number[]>;
  /** Orders per store and status (ORDER_STATUSES order), for tab counts without a scan. */
  readonly statusCountsByStore: number[][];
  readonly columns: OrderColumns;
  readonly customers: CustomerOrderIndex;
  private totalOrder: TotalOrder | null = null;

  /** `orders` is the tables' own array: the indexes follow it as it changes in place. */
  constructor(
    private readonly orders: OrderRow[],
    stores: readonly Store[],
    private readonly locations: readonly Location[],
    customerCount: number,
    tagBitOf: (id: string) => number,
  ) {
    this.positionByNumber = new PositionIndex(() => orders.length);
    this.positionByWaybill = new PositionIndex(() => orders.length);
    this.byStore = stores.map(() => []);
    this.byStatus = new Map(ORDER_STATUSES.map((s) => [s, []]));
    this.statusCountsByStore = stores.map(() => ORDER_STATUSES.map(() => 0));
    this.byLocation = new Map(locations.map((l) => [l.id, []]));
    this.columns = new OrderColumns(
      orders.length,
      (id) => locations.findIndex((l) => l.id === id),
      tagBitOf,
    );
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
    this.customers = new CustomerOrderIndex(customerCount, orders);
  }

  /** Positions ordered by total; built when first asked for, dropped when a total changes. */
  get byTotal(): TotalOrder {
    this.totalOrder ??= sortByTotal(this.orders);
    return this.totalOrder;
  }

  /**
   * After `rows` were put at the front of the orders: every position moved up by their number,
   * so every index is shifted, then gains the new positions 0 .. n-1 as a prefix.
   */
  prepend(rows: readonly OrderRow[]): void {
    const count = rows.length;
    const shift = (list: number[]) => {
      for (let i = 0; i < list.length; i += 1) list[i] = (list[i] as number) + count;
    };
    this.byStore.forEach(shift);
    this.byStatus.forEach(shift);
    this.byLocation.forEach(shift);
    this.columns.prepend(count);
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
    });
    storeFronts.forEach((front, store) => this.byStore[store]?.unshift(...front));
    statusFronts.forEach((front, status) => this.byStatus.get(status)?.unshift(...front));
    locationFronts.forEach((front, id) => this.byLocation.get(id)?.unshift(...front));
    this.totalOrder = null;
    this.customers.prepend(rows);
  }

  /** After the order at `position` changed from `before` to `after`. */
  replace(position: number, before: OrderRow, after: OrderRow): void {
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
    if (before.total !== after.total) this.totalOrder = null;
  }

  private countStatus(row: OrderRow, delta: number): void {
    const counts = this.statusCountsByStore[row.storeIndex];
    const index = STATUS_INDEX[row.status];
    if (counts) counts[index] = (counts[index] as number) + delta;
  }
}
