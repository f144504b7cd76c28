import type { AuditEvent, StockLevel } from '@/api/contract';
import type { AlertRow, CustomerRow, OrderRow } from '../db/types';
import { seedAlerts } from './alerts';
import { seedAudit } from './audit';
import { seedCustomers, type CustomerPool } from './customers';
import { seedOrders } from './orders';
import { seedProducts, type SeedProduct } from './reference';
import { seedStock } from './stock';
import { withVariants } from './variants';

export interface SeedOptions {
  seed: number;
  orders: number;
  /** The moment the data is generated around; orders fall in the 180 days before it. */
  now?: number;
  /**
   * How many products (SKUs) to stock, for benchmarks: beyond the catalogue's ~300, variants of
   * its products no seeded order buys (see variants.ts). Default: the catalogue.
   */
  skus?: number;
}

export interface SeedData {
  seed: number;
  now: number;
  products: SeedProduct[];
  customers: CustomerRow[];
  customersByCity: CustomerPool['byCity'];
  /** Newest first. */
  orders: OrderRow[];
  stock: StockLevel[];
  /** One per low or out stock level. */
  alerts: AlertRow[];
  audit: AuditEvent[];
}

export const DEFAULT_SEED = 20261122;

/** Same options, same data: every random choice comes from the seed. */
export function generateSeed(options: SeedOptions): SeedData {
  const now = options.now ?? Date.now();
  const catalogue = seedProducts(options.seed);
  const pool = seedCustomers(options.seed, Math.max(200, Math.round(options.orders / 3)));
  const orders = seedOrders({
    seed: options.seed,
    count: options.orders,
    now,
    products: catalogue,
    pool,
  });
  const products = withVariants(catalogue, options.skus ?? catalogue.length, options.seed);
  const stock = seedStock(options.seed, products, orders, now);
  return {
    seed: options.seed,
    now,
    products,
    customers: pool.customers,
    customersByCity: pool.byCity,
    orders,
    stock,
    alerts: seedAlerts(options.seed, stock, now),
    audit: seedAudit(options.seed, now),
  };
}
