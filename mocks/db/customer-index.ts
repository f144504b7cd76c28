import type { OrderRow } from './types';

/**
 * Positions of each customer's orders in two typed arrays (one entry per order, no array per
 * customer): customerOrders[customerStart[c] .. customerStart[c + 1]), ascending (newest first).
 */
export class CustomerOrderIndex {
  start: Int32Array;
  positions: Int32Array;

  constructor(customerCount: number, orders: readonly OrderRow[]) {
    const start = new Int32Array(customerCount + 1);
    for (const row of orders)
      start[row.customerIndex + 1] = (start[row.customerIndex + 1] as number) + 1;
    for (let c = 0; c < customerCount; c += 1)
      start[c + 1] = (start[c + 1] as number) + (start[c] as number);
    const fill = start.slice(0, customerCount);
    const positions = new Int32Array(orders.length);
    orders.forEach((row, position) => {
      const at = fill[row.customerIndex] as number;
      positions[at] = position;
      fill[row.customerIndex] = at + 1;
    });
    this.start = start;
    this.positions = positions;
  }

  /** Positions of a customer's orders, ascending (newest first). */
  ordersOf(customerIndex: number): number[] {
    return Array.from(
      this.positions.subarray(this.start[customerIndex], this.start[customerIndex + 1]),
    );
  }

  /** After `rows` were put at the front of the orders: their positions lead each customer's list. */
  prepend(rows: readonly OrderRow[]): void {
    const count = rows.length;
    const customers = this.start.length - 1;
    const oldStart = this.start;
    const oldOrders = this.positions;
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
    this.start = start;
    this.positions = positions;
  }
}
