import type { Location } from '@/api/contract';
import { SALES_WINDOW_DAYS, salesVelocity } from '@/domain/inventory/cover';
import type { OrderRow } from '../db/types';
import { DAY } from '../db/time';
import { subSeed } from './prng';
import type { SeedProduct } from './reference';

/** Orders in these statuses took stock from the location that holds them. */
const TOOK_STOCK: ReadonlySet<OrderRow['status']> = new Set([
  'allocated',
  'shipped',
  'delivered',
  'completed',
]);

/**
 * Units of each product a location sent out for orders paid in the last 30 days, by
 * `${productIndex}|${locationId}`: the sales a location's velocity is made of.
 */
export function soldInWindow(orders: readonly OrderRow[], now: number): Map<string, number> {
  const since = now - SALES_WINDOW_DAYS * DAY;
  const sold = new Map<string, number>();
  for (const order of orders) {
    if (order.locationId === null || order.paidAt === null) continue;
    if (order.paidAt < since || order.paidAt > now || !TOOK_STOCK.has(order.status)) continue;
    for (let i = 0; i < order.lines.length; i += 2) {
      const key = `${order.lines[i]}|${order.locationId}`;
      sold.set(key, (sold.get(key) ?? 0) + (order.lines[i + 1] ?? 0));
    }
  }
  return sold;
}

/** Units a product of popularity 1 sells in 30 days where no order says (shelf sales, variants). */
const UNITS_PER_POPULARITY: Record<Location['kind'], number> = { warehouse: 14, store: 30 };

export interface VelocityInput {
  seed: number;
  product: SeedProduct;
  productIndex: number;
  locationIndex: number;
  kind: Location['kind'];
  /** Units the location shipped in the window; null where orders cannot tell (see seedStock). */
  unitsSold: number | null;
}

/**
 * A level's 30-day velocity: from the orders it shipped, or, for a store selling off its own
 * shelves (and for benchmark variants no order buys), from the product's popularity with a
 * per-location spread that is fixed by the seed, so a reload shows the same figures.
 */
export function seededVelocity(input: VelocityInput): number {
  if (input.unitsSold !== null) return salesVelocity(input.unitsSold);
  const spread =
    subSeed(subSeed(input.seed ^ 0x5a1e, input.productIndex), input.locationIndex) / 2 ** 32;
  const units = input.product.popularity * UNITS_PER_POPULARITY[input.kind] * (0.5 + spread);
  return salesVelocity(Math.round(units));
}
