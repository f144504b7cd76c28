import type { Store } from '@/api/contract';
import { assessRisk } from '@/domain/order/risk';
import type { Region } from '@/domain/region';
import type { CustomerRow, OrderRow } from '../db/types';
import { shippingAddressOf, type CustomerPool } from './customers';
import { CITIES } from './geography';
import type { OrderHistory } from './order-history';
import type { Rng } from './prng';
import { STORES, type SeedProduct } from './reference';
import { weightedChoice } from './sampler';

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

const STORE_CITY_INDEX = STORES.map((s) => CITIES.findIndex((c) => c.city === s.city));

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

/** An order as placed (unpaid), and what the later steps need to know of how it was drawn. */
export interface PlacedOrder {
  row: OrderRow;
  store: Store;
  customer: CustomerRow;
  /** The customer lives in the store's city (a store may then ship from its own stock). */
  localCustomer: boolean;
  region: Region;
  /** How the customer pays, if they do. */
  paymentMethod: NonNullable<OrderRow['paymentMethod']>;
  weightGrams: number;
}

export function drawPaymentMethod(
  channel: (typeof STORES)[number]['channel'],
  rng: Rng,
): NonNullable<OrderRow['paymentMethod']> {
  if (channel === 'mini_program') return 'wechat_pay';
  return channel === 'marketplace' ? drawMarketplacePayment(rng) : drawStorePayment(rng);
}

/**
 * Draws who orders what, the money, the risk flags and the tags. The draws keep their order
 * (customer, lines, shipping, discount, payment method, tags): the same seed must keep giving
 * the same orders, so a draw is never moved, added or skipped in between.
 */
export function placeOrder(input: MakeOrderInput, rng: Rng): PlacedOrder {
  const { orderSeed, placedAt, products, pool, storeIndex } = input;
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
  return {
    row,
    store,
    customer,
    localCustomer: customer.cityIndex === STORE_CITY_INDEX[storeIndex],
    region: city.region,
    paymentMethod,
    weightGrams,
  };
}
