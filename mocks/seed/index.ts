import type { AuditEvent, StockLevel } from '@/api/contract';
import type { CustomerRow, OrderRow } from '../db/types';
import { seedAudit } from './audit';
import { seedCustomers, type CustomerPool } from './customers';
import { seedOrders } from './orders';
import { seedProducts, type SeedProduct } from './reference';
import { seedStock } from './stock';

export interface SeedOptions {
  seed: number;
  orders: number;
  /** The moment the data is generated around; orders fall in the 180 days before it. */
  now?: number;
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
  audit: AuditEvent[];
}

export const DEFAULT_SEED = 20261122;

/** Same options, same data: every random choice comes from the seed. */
export function generateSeed(options: SeedOptions): SeedData {
  const now = options.now ?? Date.now();
  const products = seedProducts(options.seed);
  const pool = seedCustomers(options.seed, Math.max(200, Math.round(options.orders / 3)));
  const orders = seedOrders({ seed: options.seed, count: options.orders, now, products, pool });
  return {
    seed: options.seed,
    now,
    products,
    customers: pool.customers,
    customersByCity: pool.byCity,
    orders,
    stock: seedStock(options.seed, products, orders),
    audit: seedAudit(options.seed, now),
  };
}
