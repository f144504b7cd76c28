import { furthestStage, stageIndex } from '@/domain/analytics/funnel';
import { SHIP_LATENCY_BUCKETS, shipLatencyBucket } from '@/domain/analytics/ship-latency';
import { ORDER_STATUSES, type OrderStatus } from '@/domain/order/status';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import type { OrderRow } from './types';

export const PAYMENT_STATUSES = ['unpaid', 'paid', 'partially_refunded', 'refunded'] as const;
export const STATUS_INDEX = Object.fromEntries(ORDER_STATUSES.map((s, i) => [s, i])) as Record<
  OrderStatus,
  number
>;
const CARRIER_INDEX = Object.fromEntries(CARRIERS.map((c, i) => [c, i])) as Record<Carrier, number>;
const PAYMENT_INDEX = Object.fromEntries(PAYMENT_STATUSES.map((s, i) => [s, i])) as Record<
  OrderRow['paymentStatus'],
  number
>;

/**
 * The fields filters read, one typed array each, indexed by position. A scan of 200,000 orders
 * then reads a few compact arrays instead of touching every row object.
 */
export class OrderColumns {
  store: Uint8Array;
  /** Location index + 1; 0 when not allocated. */
  location: Uint8Array;
  status: Uint8Array;
  payment: Uint8Array;
  exception: Uint8Array;
  total: Float64Array;
  /** One bit per tag (see tagBit). */
  tags: Uint32Array;
  /** Carrier index + 1 (CARRIERS order); 0 before one is chosen. */
  carrier: Uint8Array;
  /** When the parcel was shipped, in ms; NaN before it is, so no time range matches. */
  shippedAt: Float64Array;
  /** Primary category index (the category the order counts under in analytics). */
  category: Uint8Array;
  /** Index in FUNNEL_STAGES of the furthest stage the order got to. */
  stage: Uint8Array;
  /** Index in SHIP_LATENCY_BUCKETS + 1 of a paid, shipped order; 0 otherwise. */
  latency: Uint8Array;

  constructor(
    size: number,
    private readonly locationIndex: (id: string) => number,
    readonly tagBit: (id: string) => number,
  ) {
    this.store = new Uint8Array(size);
    this.location = new Uint8Array(size);
    this.status = new Uint8Array(size);
    this.payment = new Uint8Array(size);
    this.exception = new Uint8Array(size);
    this.total = new Float64Array(size);
    this.tags = new Uint32Array(size);
    this.carrier = new Uint8Array(size);
    this.shippedAt = new Float64Array(size).fill(NaN);
    this.category = new Uint8Array(size);
    this.stage = new Uint8Array(size);
    this.latency = new Uint8Array(size);
  }

  /**
   * Makes room for `count` new orders at the front (the newest come first): the columns grow and
   * every existing position moves up by `count`.
   */
  prepend(count: number): void {
    const grow = <T extends Uint8Array | Uint32Array | Float64Array>(
      column: T,
      make: (n: number) => T,
    ): T => {
      const next = make(column.length + count);
      next.set(column, count);
      return next;
    };
    this.store = grow(this.store, (n) => new Uint8Array(n));
    this.location = grow(this.location, (n) => new Uint8Array(n));
    this.status = grow(this.status, (n) => new Uint8Array(n));
    this.payment = grow(this.payment, (n) => new Uint8Array(n));
    this.exception = grow(this.exception, (n) => new Uint8Array(n));
    this.total = grow(this.total, (n) => new Float64Array(n));
    this.tags = grow(this.tags, (n) => new Uint32Array(n));
    this.carrier = grow(this.carrier, (n) => new Uint8Array(n));
    this.shippedAt = grow(this.shippedAt, (n) => new Float64Array(n).fill(NaN));
    this.category = grow(this.category, (n) => new Uint8Array(n));
    this.stage = grow(this.stage, (n) => new Uint8Array(n));
    this.latency = grow(this.latency, (n) => new Uint8Array(n));
  }

  set(position: number, row: OrderRow): void {
    this.store[position] = row.storeIndex;
    this.location[position] = row.locationId === null ? 0 : this.locationIndex(row.locationId) + 1;
    this.status[position] = STATUS_INDEX[row.status];
    this.payment[position] = PAYMENT_INDEX[row.paymentStatus];
    this.exception[position] = row.shipment?.exception ? 1 : 0;
    this.total[position] = row.total;
    let bits = 0;
    for (const tag of row.tagIds) bits |= this.tagBit(tag);
    this.tags[position] = bits >>> 0;
    const carrier = row.carrier ?? row.shipment?.carrier ?? null;
    this.carrier[position] = carrier === null ? 0 : CARRIER_INDEX[carrier] + 1;
    this.shippedAt[position] = row.shipment?.shippedAt ?? NaN;
    this.category[position] = row.primaryCategory;
    this.stage[position] = stageIndex(furthestStage(row.status, row.paidAt !== null));
    this.latency[position] =
      row.shipment && row.paidAt !== null
        ? SHIP_LATENCY_BUCKETS.indexOf(shipLatencyBucket(row.paidAt, row.shipment.shippedAt)) + 1
        : 0;
  }

  carrierIndex(carrier: Carrier): number {
    return CARRIER_INDEX[carrier] + 1;
  }

  paymentIndex(status: OrderRow['paymentStatus']): number {
    return PAYMENT_INDEX[status];
  }
}
