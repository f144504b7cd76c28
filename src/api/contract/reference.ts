import { z } from 'zod';
import { CARRIERS } from '@/domain/waybill/carriers';
import { Id, Money, Region, Timestamp, Version } from './common';

export const Carrier = z.enum(CARRIERS).meta({ id: 'Carrier' });

export const Store = z
  .object({
    id: Id,
    code: z.string(),
    name: z.string(),
    channel: z.enum(['retail', 'mini_program', 'marketplace']),
    region: Region,
    province: z.string(),
    city: z.string(),
    timeZone: z.string().meta({ description: 'IANA time zone, e.g. Asia/Shanghai' }),
    /** The store's own location when it may ship orders itself (门店发货). */
    shipsFromLocationId: Id.nullable(),
  })
  .meta({ id: 'Store' });
export type Store = z.infer<typeof Store>;

export const Location = z
  .object({
    id: Id,
    code: z.string(),
    name: z.string(),
    kind: z.enum(['warehouse', 'store']),
    region: Region,
    province: z.string(),
    city: z.string(),
    timeZone: z.string(),
  })
  .meta({ id: 'Location' });
export type Location = z.infer<typeof Location>;

export const Product = z
  .object({
    id: Id,
    sku: z.string(),
    name: z.string(),
    category: z.string(),
    price: Money,
    weightGrams: z.int().positive(),
  })
  .meta({ id: 'Product' });
export type Product = z.infer<typeof Product>;

export const StockStatus = z.enum(['ok', 'low', 'out', 'overstock']);

export const StockLevel = z
  .object({
    productId: Id,
    sku: z.string(),
    productName: z.string(),
    category: z.string(),
    locationId: Id,
    onHand: z.int().nonnegative(),
    reserved: z.int().nonnegative(),
    available: z.int(),
    reorderPoint: z.int().nonnegative(),
    targetCoverDays: z.int().positive(),
    status: StockStatus,
    version: Version,
  })
  .meta({ id: 'StockLevel' });
export type StockLevel = z.infer<typeof StockLevel>;

export const TagColor = z.enum(['gray', 'red', 'orange', 'amber', 'green', 'teal', 'blue', 'indigo', 'purple', 'pink']);

export const Tag = z
  .object({ id: Id, name: z.string().min(1).max(24), color: TagColor, version: Version })
  .meta({ id: 'Tag' });
export type Tag = z.infer<typeof Tag>;

export const AuditEvent = z
  .object({
    id: Id,
    at: Timestamp,
    actor: z.object({ id: Id, name: z.string() }).nullable(),
    action: z.string(),
    entity: z.enum(['order', 'tag', 'stock', 'user', 'store', 'carrier_rule', 'customer']),
    entityId: Id,
    detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEvent>;
