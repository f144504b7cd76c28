import {
  REPEAT_PHONE_MIN_ORDERS,
  REPEAT_PHONE_WINDOW_MS,
  isAddressIncomplete,
} from '@/domain/order/risk';
import type { CustomerRow } from '../db/types';
import { shippingAddressOf } from './customers';
import type { Rng } from './prng';

/** What is known of a customer's earlier orders when a new one is placed: risk rules read it. */
export interface OrderHistory {
  earlierOrders(customerIndex: number): number;
  /** Whether the customer's saved address is incomplete (isAddressIncomplete), asked once per customer. */
  addressIncomplete(customerIndex: number, customer: CustomerRow): boolean;
  /** When the customer's orders of the day before `at` were placed. */
  recentPlacements(customerIndex: number, at: number): readonly number[];
}

/**
 * Keeps each customer's last few placement times in one typed array: enough to tell a burst
 * (REPEAT_PHONE_MIN_ORDERS - 1 earlier orders in the window), and no garbage at 200,000 orders.
 */
const KEPT = REPEAT_PHONE_MIN_ORDERS - 1;
const NONE: readonly number[] = [];

export class SeedHistory implements OrderHistory {
  private counts: Int32Array;
  /** KEPT slots per customer, oldest first; -Infinity when empty. */
  private last: Float64Array;
  /** 0 unknown, 1 complete, 2 incomplete. */
  private addresses: Uint8Array;

  constructor(customers: number) {
    this.counts = new Int32Array(customers);
    this.last = new Float64Array(customers * KEPT).fill(-Infinity);
    this.addresses = new Uint8Array(customers);
  }

  addressIncomplete(customerIndex: number, customer: CustomerRow): boolean {
    if (this.addresses[customerIndex] === 0)
      this.addresses[customerIndex] = isAddressIncomplete(shippingAddressOf(customer)) ? 2 : 1;
    return this.addresses[customerIndex] === 2;
  }

  earlierOrders(customerIndex: number): number {
    return this.counts[customerIndex] ?? 0;
  }

  recentPlacements(customerIndex: number, at: number): readonly number[] {
    const base = customerIndex * KEPT;
    // The newest is last: when it is outside the window, so are the others.
    if (at - (this.last[base + KEPT - 1] as number) > REPEAT_PHONE_WINDOW_MS) return NONE;
    const times: number[] = [];
    for (let k = 0; k < KEPT; k += 1) {
      const t = this.last[base + k] as number;
      if (at - t <= REPEAT_PHONE_WINDOW_MS) times.push(t);
    }
    return times;
  }

  record(customerIndex: number, at: number): void {
    this.counts[customerIndex] = (this.counts[customerIndex] ?? 0) + 1;
    const base = customerIndex * KEPT;
    this.last.copyWithin(base, base + 1, base + KEPT);
    this.last[base + KEPT - 1] = at;
  }
}

/**
 * Now and then one customer orders again and again within hours (a reseller, a stolen account,
 * a shopper splitting a basket): a burst takes over a few of the following orders.
 */
const BURST_START = 0.004;
const BURST_NEXT = 0.05;

export class Bursts {
  private customer = -1;
  private left = 0;

  constructor(private readonly rng: Rng) {}

  /** The bursting customer, if the next order is theirs. */
  next(): number | undefined {
    if (this.left === 0 || !this.rng.chance(BURST_NEXT)) return undefined;
    this.left -= 1;
    return this.customer;
  }

  placed(customerIndex: number): void {
    if (this.left === 0 && this.rng.chance(BURST_START)) {
      this.customer = customerIndex;
      this.left = this.rng.int(2, 4);
    }
  }
}
