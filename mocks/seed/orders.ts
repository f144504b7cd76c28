import { formatOrderNumber } from '@/domain/ids';
import type { OrderRow } from '../db/types';
import { dateParts } from '../db/time';
import type { CustomerPool } from './customers';
import { placementTimes } from './demand';
import { placeOrder, type MakeOrderInput } from './order-draw';
import { Bursts, SeedHistory } from './order-history';
import { keepReviewBacklog, moveAlong } from './order-lifecycle';
import { createRng, subSeed } from './prng';
import { STORE_WEIGHTS, type SeedProduct } from './reference';
import { makeSampler } from './sampler';

/*
 * Seeded orders are made in steps, one file each: what is known of a customer's earlier orders
 * for the risk rules (order-history.ts), drawing the order as placed (order-draw.ts) and moving it
 * along its statuses up to now (order-lifecycle.ts). This file runs them over every placement
 * time; arrivals (../db/arrivals.ts) run the same steps one order at a time.
 */
export { drawPaymentMethod, type MakeOrderInput } from './order-draw';
export { type OrderHistory } from './order-history';
export { AFTER_SALE_DAYS } from './order-lifecycle';

export interface OrderSeedInput {
  seed: number;
  count: number;
  now: number;
  products: readonly SeedProduct[];
  pool: CustomerPool;
}

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
  const newestFirst = rows.reverse();
  keepReviewBacklog(newestFirst);
  return newestFirst;
}

/** One order as it stands at `now`: placed at `placedAt`, then moved along the usual path. */
export function makeOrder(input: MakeOrderInput): OrderRow {
  const rng = createRng(input.orderSeed);
  return moveAlong(placeOrder(input, rng), rng, input);
}
