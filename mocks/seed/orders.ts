import { formatOrderNumber } from '@/domain/ids';
import {
  REPEAT_PHONE_MIN_ORDERS,
  REPEAT_PHONE_WINDOW_MS,
  assessRisk,
  isAddressIncomplete,
} from '@/domain/order/risk';
import type { CancelReason, HoldReason } from '@/domain/order/status';
import type { Carrier } from '@/domain/waybill/carriers';
import type { CustomerRow, OrderRow } from '../db/types';
import { DAY, HOUR, dateParts } from '../db/time';
import { isAutoApproved, reviewerFor, warehouseActorFor } from './actors';
import { shippingAddressOf, type CustomerPool } from './customers';
import { CITIES } from './geography';
import { createRng, subSeed, type Rng } from './prng';
import { STORES, STORE_WEIGHTS, WAREHOUSE_FOR_REGION, type SeedProduct } from './reference';
import { makeSampler, weightedChoice } from './sampler';
import { makeShipment } from './shipments';
import { placementTimes } from './demand';

const MINUTE = 60_000;
/** Days after delivery before an order completes (the after-sale window). */
export const AFTER_SALE_DAYS = 7;

const CARRIERS: readonly Carrier[] = [
  'SF',
  'JD',
  'ZTO',
  'YTO',
  'STO',
  'YUNDA',
  'EMS',
  'JT',
  'DEPPON',
];
const CARRIER_WEIGHTS = [25, 15, 15, 12, 8, 10, 7, 6, 2];
const HOLD_REASONS: readonly HoldReason[] = [
  'payment_check',
  'address_problem',
  'out_of_stock',
  'customer_request',
  'other',
];
const HOLD_WEIGHTS = [20, 25, 20, 25, 10];
const CANCEL_REASONS: readonly CancelReason[] = [
  'customer_request',
  'out_of_stock',
  'suspected_fraud',
  'duplicate_order',
  'address_unreachable',
];
const CANCEL_WEIGHTS = [60, 15, 10, 10, 5];
const drawLineCount = weightedChoice([1, 2, 3, 4], [55, 27, 12, 6]);
const drawQuantity = weightedChoice([1, 2, 3, 5], [70, 20, 7, 3]);
const drawMarketplacePayment = weightedChoice(
  ['alipay', 'wechat_pay', 'unionpay'] as const,
  [85, 10, 5],
);
const drawStorePayment = weightedChoice(
  ['wechat_pay', 'alipay', 'unionpay', 'card', 'cash'] as const,
  [45, 35, 8, 6, 6],
);
const drawCarrier = weightedChoice(CARRIERS, CARRIER_WEIGHTS);
const drawCancelReason = weightedChoice(CANCEL_REASONS, CANCEL_WEIGHTS);

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

class SeedHistory implements OrderHistory {
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

class Bursts {
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

export interface OrderSeedInput {
  seed: number;
  count: number;
  now: number;
  products: readonly SeedProduct[];
  pool: CustomerPool;
}

const STORE_CITY_INDEX = STORES.map((s) => CITIES.findIndex((c) => c.city === s.city));

/** Every order, newest first. */
export function seedOrders(input: OrderSeedInput): OrderRow[] {
  const { seed, count, now, products, pool } = input;
  const rng = createRng(subSeed(seed, 0x0bde));
  const sampleStore = makeSampler(STORE_WEIGHTS);
  const sampleProduct = makeSampler(products.map((p) => p.popularity));
  const history = new SeedHistory(pool.customers.length);
  const bursts = new Bursts(createRng(subSeed(seed, 0xb025)));
  const rows: OrderRow[] = [];
  let chrono = 0;
  let parcelSerial = 10_000_000 + (subSeed(seed, 7) % 80_000_000);
  const nextParcel = () => (parcelSerial += 1);
  for (const { day, times } of placementTimes(rng, count, now)) {
    let sequence = rng.int(1, 40);
    const date = dateParts(day);
    for (const placedAt of times) {
      const orderSeed = subSeed(seed, chrono);
      const row = makeOrder({
        orderSeed,
        placedAt,
        number: formatOrderNumber(date, sequence),
        now,
        products,
        pool,
        storeIndex: sampleStore(rng.next()),
        sampleProduct,
        nextParcel,
        history,
        customerIndex: bursts.next(),
      });
      history.record(row.customerIndex, placedAt);
      bursts.placed(row.customerIndex);
      rows.push(row);
      sequence += 1;
      chrono += 1;
    }
  }
  return rows.reverse();
}

export interface MakeOrderInput {
  orderSeed: number;
  placedAt: number;
  number: string;
  now: number;
  products: readonly SeedProduct[];
  pool: CustomerPool;
  storeIndex: number;
  sampleProduct: (u: number) => number;
  nextParcel: () => number;
  history: OrderHistory;
  /** The customer, when not drawn (a burst of orders from one customer). */
  customerIndex?: number;
}

/** One order as it stands at `now`: placed at `placedAt`, then moved along the usual path. */
export function makeOrder(input: MakeOrderInput): OrderRow {
  const { orderSeed, placedAt, now, products, pool, storeIndex } = input;
  const rng = createRng(orderSeed);
  const store = STORES[storeIndex];
  if (!store) throw new RangeError('store index out of range');

  const localCustomers = pool.byCity[STORE_CITY_INDEX[storeIndex] ?? -1];
  const drawnCustomer =
    store.channel === 'retail' && localCustomers && localCustomers.length > 0 && rng.chance(0.85)
      ? (localCustomers[rng.int(0, localCustomers.length - 1)] as number)
      : rng.int(0, pool.customers.length - 1);
  const customerIndex = input.customerIndex ?? drawnCustomer;
  const customer = pool.customers[customerIndex];
  if (!customer) throw new RangeError('customer index out of range');
  const city = CITIES[customer.cityIndex];
  if (!city) throw new RangeError('city index out of range');

  const lines: number[] = [];
  const lineCount = drawLineCount(rng);
  let subtotal = 0;
  let bestLine = -1;
  let primaryCategory = 0;
  let weightGrams = 0;
  for (let i = 0; i < lineCount; i += 1) {
    let productIndex = input.sampleProduct(rng.next());
    for (let k = 0; k < lines.length; k += 2) {
      if (lines[k] === productIndex) productIndex = (productIndex + 17) % products.length;
    }
    const product = products[productIndex] as SeedProduct;
    const quantity = drawQuantity(rng);
    lines.push(productIndex, quantity);
    const amount = product.price.amount * quantity;
    subtotal += amount;
    weightGrams += product.weightGrams * quantity;
    if (amount > bestLine) {
      bestLine = amount;
      primaryCategory = product.categoryIndex;
    }
  }
  const shipping = subtotal >= 9_900 ? 0 : rng.pick([800, 1000, 1200]);
  const discount = rng.chance(0.25)
    ? Math.min(rng.pick([500, 1000, 2000, 3000, 5000]), Math.floor((subtotal * 0.3) / 100) * 100)
    : 0;
  const total = subtotal + shipping - discount;

  const paymentMethod = drawPaymentMethod(store.channel, rng);

  const riskFlags = assessRisk({
    total,
    placedAt,
    earlierOrdersOfCustomer: input.history.earlierOrders(customerIndex),
    samePhonePlacedAt: input.history.recentPlacements(customerIndex, placedAt),
    shippingAddress: shippingAddressOf(customer),
    addressIncomplete: input.history.addressIncomplete(customerIndex, customer),
    phoneProvince: customer.phoneProvince,
  });

  const tagIds: string[] = [];
  if (rng.chance(0.12))
    tagIds.push(
      rng.pick(['tag-urgent', 'tag-gift', 'tag-presale', 'tag-follow-up', 'tag-fragile']),
    );
  if (total >= 100_000 && rng.chance(0.3)) tagIds.push(rng.pick(['tag-vip', 'tag-key-account']));

  const row: OrderRow = {
    id: `o${input.number.slice(2)}`,
    number: input.number,
    seed: orderSeed,
    storeIndex,
    customerIndex,
    placedAt,
    paidAt: null,
    reviewedAt: null,
    allocatedAt: null,
    status: 'unpaid',
    lines,
    primaryCategory,
    subtotal,
    shipping,
    discount,
    total,
    paymentMethod: null,
    paymentStatus: 'unpaid',
    tagIds,
    riskFlags,
    pastHold: null,
    hold: null,
    cancellation: null,
    locationId: null,
    carrier: null,
    shipment: null,
    version: 1,
    updatedAt: placedAt,
    updatedBy: null,
  };

  // Payment: most pay within minutes; some never do and time out after 30 minutes.
  if (rng.chance(0.06)) {
    if (now - placedAt > 30 * MINUTE) {
      row.status = 'cancelled';
      row.cancellation = { reason: 'unpaid_timeout', at: placedAt + 30 * MINUTE, note: '' };
      return stamp(row, row.cancellation.at, null);
    }
    return row;
  }
  const paidAt =
    placedAt + (rng.chance(0.8) ? rng.int(20_000, 5 * MINUTE) : rng.int(5 * MINUTE, 25 * MINUTE));
  if (paidAt > now) return row;
  row.paidAt = paidAt;
  row.paymentMethod = paymentMethod;
  row.paymentStatus = 'paid';
  row.status = 'pending_review';
  stamp(row, paidAt, null);

  const cancelAt = rng.chance(0.025) ? paidAt + rng.int(10 * MINUTE, 2 * DAY) : Infinity;

  const flagged = riskFlags.length > 0;
  const held = rng.chance(flagged ? 0.3 : 0.05);
  let reviewedAt: number;
  if (held) {
    const reason: HoldReason = riskFlags.includes('incomplete_address')
      ? 'address_problem'
      : riskFlags.length > 0
        ? rng.weighted(['suspected_fraud', 'payment_check'] as const, [70, 30])
        : rng.weighted(HOLD_REASONS, HOLD_WEIGHTS);
    const heldAt = paidAt + rng.int(MINUTE, HOUR);
    const releasedAt = heldAt + rng.int(2 * HOUR, 4 * DAY);
    if (cancelAt <= Math.min(now, releasedAt)) return cancelPaid(row, rng, cancelAt);
    if (heldAt > now) return row;
    const by =
      reason === 'payment_check' || reason === 'suspected_fraud'
        ? null
        : reviewerFor(storeIndex, orderSeed);
    if (releasedAt > now) {
      row.status = 'on_hold';
      row.hold = { reason, at: heldAt, note: '', by };
      return stamp(row, heldAt, by);
    }
    row.pastHold = { reason, at: heldAt, releasedAt };
    stamp(row, heldAt, by);
    stamp(row, releasedAt, reviewerFor(storeIndex, orderSeed));
    reviewedAt = releasedAt + rng.int(5 * MINUTE, 2 * HOUR);
  } else {
    // A flagged order is never approved automatically, and reviewers take longer over it.
    reviewedAt =
      paidAt +
      (flagged
        ? rng.int(HOUR, 30 * HOUR)
        : isAutoApproved(orderSeed)
          ? MINUTE
          : rng.int(10 * MINUTE, 30 * HOUR));
  }
  if (cancelAt <= Math.min(now, reviewedAt)) return cancelPaid(row, rng, cancelAt);
  if (reviewedAt > now) return row;
  row.reviewedAt = reviewedAt;
  row.status = 'approved';
  stamp(
    row,
    reviewedAt,
    isAutoApproved(orderSeed) && !held && !flagged ? null : reviewerFor(storeIndex, orderSeed),
  );

  const allocatedAt = reviewedAt + rng.int(30 * MINUTE, 30 * HOUR);
  if (cancelAt <= Math.min(now, allocatedAt)) return cancelPaid(row, rng, cancelAt);
  if (allocatedAt > now) return row;
  const storeShips =
    store.shipsFromLocationId !== null &&
    customer.cityIndex === STORE_CITY_INDEX[storeIndex] &&
    rng.chance(0.6);
  const locationId =
    storeShips && store.shipsFromLocationId
      ? store.shipsFromLocationId
      : WAREHOUSE_FOR_REGION[city.region];
  const carrier: Carrier = weightGrams > 10_000 && rng.chance(0.4) ? 'DEPPON' : drawCarrier(rng);
  row.allocatedAt = allocatedAt;
  row.locationId = locationId;
  row.carrier = carrier;
  row.status = 'allocated';
  stamp(row, allocatedAt, warehouseActorFor(locationId));

  const shippedAt = allocatedAt + rng.int(HOUR, 36 * HOUR);
  if (cancelAt <= Math.min(now, shippedAt)) return cancelPaid(row, rng, cancelAt);
  if (shippedAt > now) return row;
  row.shipment = makeShipment(
    rng,
    row,
    locationId,
    carrier,
    city.region,
    shippedAt,
    now,
    input.nextParcel(),
  );
  row.status = 'shipped';
  stamp(row, shippedAt, warehouseActorFor(locationId));
  const shipment = row.shipment;
  if (shipment.exception) {
    if (
      shipment.exception.kind !== 'customs_hold' &&
      shipment.exception.kind !== 'damaged' &&
      rng.chance(0.5)
    ) {
      row.paymentStatus = 'refunded';
    }
    if (!row.tagIds.includes('tag-complaint') && rng.chance(0.4)) row.tagIds.push('tag-complaint');
    return row;
  }
  if (shipment.deliveredAt === null) return row;
  row.status = 'delivered';
  stamp(row, shipment.deliveredAt, null);
  if (rng.chance(0.015)) row.paymentStatus = 'partially_refunded';
  const completedAt = shipment.deliveredAt + AFTER_SALE_DAYS * DAY;
  if (completedAt <= now) {
    row.status = 'completed';
    stamp(row, completedAt, null);
  }
  return row;
}

export function drawPaymentMethod(
  channel: (typeof STORES)[number]['channel'],
  rng: Rng,
): NonNullable<OrderRow['paymentMethod']> {
  if (channel === 'mini_program') return 'wechat_pay';
  return channel === 'marketplace' ? drawMarketplacePayment(rng) : drawStorePayment(rng);
}

function cancelPaid(row: OrderRow, rng: Rng, at: number): OrderRow {
  row.status = 'cancelled';
  row.hold = null;
  row.paymentStatus = 'refunded';
  row.cancellation = { reason: drawCancelReason(rng), at, note: '' };
  return stamp(row, at, reviewerFor(row.storeIndex, row.seed));
}

function stamp(row: OrderRow, at: number, by: OrderRow['updatedBy']): OrderRow {
  row.version += 1;
  row.updatedAt = at;
  row.updatedBy = by;
  return row;
}
