import type { StockLevel } from '@/api/contract';
import type { OrderRow } from '../db/types';
import { stockLevelOf } from '../db/stock-figures';
import { createRng, subSeed, type Rng } from './prng';
import { LOCATIONS, STORES, type SeedProduct } from './reference';
import { seededVelocity, soldInWindow } from './velocity';

/**
 * Stock per SKU and location. Reserved equals what allocated orders hold there, so nothing is
 * oversold; a few SKUs run low or out, a few are overstocked. Some approved orders find one
 * product short everywhere (see shortAnywhere), so the demo has orders no location can fulfil.
 * Velocity comes from the orders paid in the last 30 days at the location that shipped them, or,
 * where no order could say, from the product's popularity (see velocity.ts).
 */
export function seedStock(
  seed: number,
  products: readonly SeedProduct[],
  orders: readonly OrderRow[],
  now: number,
): StockLevel[] {
  // Catalogue products draw from one sequence, location after location, as they always have;
  // extra variants (a benchmark's thousands of SKUs) from another, so neither moves the other.
  const rng = createRng(subSeed(seed, 0x570c));
  const variantRng = createRng(subSeed(seed, 0x570d));
  const reserved = reservedByPair(orders);
  const sold = soldInWindow(orders, now);
  const shipping = shippingLocationIds();
  const levels: StockLevel[] = [];
  LOCATIONS.forEach((location, locationIndex) => {
    const scale = location.kind === 'warehouse' ? 1 : 0.15;
    products.forEach((product, productIndex) => {
      const draw = product.variantOf === undefined ? rng : variantRng;
      const held = reserved.get(`${productIndex}|${location.id}`) ?? 0;
      const reorderPoint = Math.max(2, Math.round(product.popularity * 20 * scale));
      const free = drawFree(draw, reorderPoint);
      const targetCoverDays = location.kind === 'warehouse' ? draw.pick([60, 90, 120]) : 14;
      const fromOrders = shipping.has(location.id) && product.variantOf === undefined;
      const velocity = seededVelocity({
        seed,
        product,
        productIndex,
        locationIndex,
        kind: location.kind,
        unitsSold: fromOrders ? (sold.get(`${productIndex}|${location.id}`) ?? 0) : null,
      });
      levels.push(
        stockLevelOf({
          productId: product.id,
          sku: product.sku,
          productName: product.name,
          category: product.category,
          locationId: location.id,
          onHand: held + free,
          reserved: held,
          reorderPoint,
          targetCoverDays,
          velocity,
          version: 1,
        }),
      );
    });
  });
  return capShortProducts(levels, products, orders);
}

/** Units on the shelf beyond what is reserved: mostly comfortable, some low, out or far too many. */
function drawFree(rng: Rng, reorderPoint: number): number {
  const roll = rng.next();
  if (roll < 0.04) return 0;
  if (roll < 0.14) return rng.int(1, reorderPoint);
  if (roll < 0.2) return rng.int(reorderPoint * 7, reorderPoint * 12);
  return rng.int(reorderPoint + 1, reorderPoint * 5);
}

/** Warehouses, and the store locations some store ships its orders from. */
function shippingLocationIds(): Set<string> {
  const ids = new Set(LOCATIONS.filter((l) => l.kind === 'warehouse').map((l) => l.id));
  for (const store of STORES) if (store.shipsFromLocationId) ids.add(store.shipsFromLocationId);
  return ids;
}

/** Units allocated orders hold, by `${productIndex}|${locationId}`. */
function reservedByPair(orders: readonly OrderRow[]): Map<string, number> {
  const reserved = new Map<string, number>();
  for (const order of orders) {
    if (order.status !== 'allocated' || order.locationId === null) continue;
    for (let i = 0; i < order.lines.length; i += 2) {
      const key = `${order.lines[i]}|${order.locationId}`;
      reserved.set(key, (reserved.get(key) ?? 0) + (order.lines[i + 1] ?? 0));
    }
  }
  return reserved;
}

/**
 * The most that may be available anywhere, per product index: one less than the first line of
 * every eighth approved order (by its seed) asks for, so no single location can ship that order.
 */
function shortAnywhere(orders: readonly OrderRow[]): Map<number, number> {
  const caps = new Map<number, number>();
  for (const order of orders) {
    if (order.status !== 'approved' || order.seed % 8 !== 0) continue;
    const product = order.lines[0];
    const quantity = order.lines[1];
    if (product === undefined || quantity === undefined) continue;
    const cap = Math.max(0, quantity - 1);
    caps.set(product, Math.min(cap, caps.get(product) ?? cap));
  }
  return caps;
}

/** Lowers what is free of the short products after the roll, so the random sequence stays as it was. */
function capShortProducts(
  levels: StockLevel[],
  products: readonly SeedProduct[],
  orders: readonly OrderRow[],
): StockLevel[] {
  const caps = shortAnywhere(orders);
  if (caps.size === 0) return levels;
  const capById = new Map([...caps].map(([index, cap]) => [products[index]?.id, cap]));
  return levels.map((level) => {
    const cap = capById.get(level.productId);
    if (cap === undefined || level.available <= cap) return level;
    return stockLevelOf({ ...level, onHand: level.reserved + cap });
  });
}
