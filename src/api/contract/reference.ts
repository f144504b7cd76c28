import { z } from 'zod/mini';
import { CARRIERS } from '@/domain/waybill/carriers';
import {
  Id,
  Money,
  NonNegativeInt,
  PositiveInt,
  Region,
  Timestamp,
  Version,
  described,
  named,
} from './common';

export const Carrier = named(z.enum(CARRIERS), 'Carrier');

export const Store = named(
  z.object({
    id: Id,
    code: z.string(),
    name: z.string(),
    channel: z.enum(['retail', 'mini_program', 'marketplace']),
    region: Region,
    province: z.string(),
    city: z.string(),
    timeZone: described(z.string(), 'IANA time zone, e.g. Asia/Shanghai'),
    /** The store's own location when it may ship orders itself (门店发货). */
    shipsFromLocationId: z.nullable(Id),
  }),
  'Store',
);
export type Store = z.infer<typeof Store>;

export const Location = named(
  z.object({
    id: Id,
    code: z.string(),
    name: z.string(),
    kind: z.enum(['warehouse', 'store']),
    region: Region,
    province: z.string(),
    city: z.string(),
    timeZone: z.string(),
  }),
  'Location',
);
export type Location = z.infer<typeof Location>;

export const Product = named(
  z.object({
    id: Id,
    sku: z.string(),
    name: z.string(),
    category: z.string(),
    price: Money,
    weightGrams: PositiveInt,
  }),
  'Product',
);
export type Product = z.infer<typeof Product>;

export const ProductCategory = named(
  z.object({ name: z.string(), productCount: NonNegativeInt }),
  'ProductCategory',
);
export type ProductCategory = z.infer<typeof ProductCategory>;

export const TagColor = z.enum([
  'gray',
  'red',
  'orange',
  'amber',
  'green',
  'teal',
  'blue',
  'indigo',
  'purple',
  'pink',
]);

export const Tag = named(
  z.object({
    id: Id,
    name: z.string().check(z.minLength(1), z.maxLength(24)),
    color: TagColor,
    /** Orders carrying the tag, so deleting it can say what it touches. */
    orderCount: NonNegativeInt,
    version: Version,
  }),
  'Tag',
);
export type Tag = z.infer<typeof Tag>;

const TagName = z.string().check(z.trim(), z.minLength(1), z.maxLength(24));

export const TagCreate = named(z.object({ name: TagName, color: TagColor }), 'TagCreate');
export type TagCreate = z.infer<typeof TagCreate>;

export const TagUpdate = named(
  z.object({ version: Version, name: z.optional(TagName), color: z.optional(TagColor) }),
  'TagUpdate',
);
export type TagUpdate = z.infer<typeof TagUpdate>;

export const AuditEvent = named(
  z.object({
    id: Id,
    at: Timestamp,
    actor: z.nullable(z.object({ id: Id, name: z.string() })),
    action: z.string(),
    entity: z.enum([
      'order',
      'tag',
      'stock',
      'user',
      'store',
      'carrier_rule',
      'customer',
      'notification_template',
    ]),
    entityId: Id,
    detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  }),
  'AuditEvent',
);
export type AuditEvent = z.infer<typeof AuditEvent>;
