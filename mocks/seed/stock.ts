import { availableStock, stockStatus } from '@/domain/inventory/stock';
import type { StockLevel } from '@/api/contract';
import type { OrderRow } from '../db/types';
import { createRng, subSeed } from './prng';
import { LOCATIONS, type SeedProduct } from './reference';

/**
 * Stock per SKU and location. Reserved equals what allocated orders hold there, so nothing is
 * oversold; a few SKUs run low or out, a few are overstocked. Some approved orders find one
 * product short everywhere (see shortAnywhere), so the demo has orders no location can fulfil.
 */
export function seedStock(
  seed: number,
  products: readonly SeedProduct[],
  orders: readonly OrderRow[],
): StockLevel[] {
  const rng = createRng(subSeed(seed, 0x570c));
  const reserved = new Map<string, number>();
  for (const order of orders) {
    if (order.status !== 'allocated' || order.locationId === null) continue;
    for (let i = 0; i < order.lines.length; i += 2) {
      const key = `${order.lines[i]}|${order.locationId}`;
      reserved.set(key, (reserved.get(key) ?? 0) + (order.lines[i + 1] ?? 0));
    }
  }
  const levels: StockLevel[] = [];
  for (const location of LOCATIONS) {
    const scale = location.kind === 'warehouse' ? 1 : 0.15;
    products.forEach((product, productIndex) => {
      const held = reserved.get(`${productIndex}|${location.id}`) ?? 0;
      const reorderPoint = Math.max(2, Math.round(product.popularity * 20 * scale));
      const roll = rng.next();
      const free =
        roll < 0.04
          ? 0
          : roll < 0.14
            ? rng.int(1, reorderPoint)
            : roll < 0.2
              ? rng.int(reorderPoint * 7, reorderPoint * 12)
              : rng.int(reorderPoint + 1, reorderPoint * 5);
      const figures = { onHand: held + free, reserved: held, reorderPoint };
      levels.push({
        productId: product.id,
        sku: product.sku,
        productName: product.name,
        category: product.category,
        locationId: location.id,
        ...figures,
        available: availableStock(figures),
        targetCoverDays: location.kind === 'warehouse' ? rng.pick([14, 21, 30]) : 7,
        status: stockStatus(figures),
        version: 1,
      });
    });
  }
  return capShortProducts(levels, products, orders);
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
    const figures = {
      onHand: level.reserved + cap,
      reserved: level.reserved,
      reorderPoint: level.reorderPoint,
    };
    return {
      ...level,
      ...figures,
      available: availableStock(figures),
      status: stockStatus(figures),
    };
  });
}
