import { z } from 'zod/mini';
import { ALLOCATION_REASONS } from '@/domain/allocation/suggest';
import { WAYBILL_PROBLEMS } from '@/domain/waybill/verdict';
import {
  ActorRef,
  Id,
  NonNegativeInt,
  PositiveInt,
  Region,
  SearchText,
  Timestamp,
  Version,
  named,
  queryIntIn,
  queryList,
} from './common';
import { OrderSummary } from './orders';
import { Carrier, Location } from './reference';

// ---------------------------------------------------------------- carrier rules

/** Rules are read top to bottom; the first whose region and weight match picks the carrier. */
export const CarrierRule = named(
  z.object({
    /** null: any destination region. */
    region: z.nullable(Region),
    /** The heaviest parcel (grams, inclusive) the rule applies to; null: any weight. */
    maxWeightGrams: z.nullable(PositiveInt),
    carrier: Carrier,
  }),
  'CarrierRule',
);
export type CarrierRule = z.infer<typeof CarrierRule>;

export const CarrierRuleSet = named(
  z.object({
    rules: z.array(CarrierRule),
    /** The carrier when no rule matches. */
    fallback: Carrier,
    version: Version,
    updatedAt: z.nullable(Timestamp),
    updatedBy: z.nullable(ActorRef),
  }),
  'CarrierRuleSet',
);
export type CarrierRuleSet = z.infer<typeof CarrierRuleSet>;

export const CarrierRuleSetUpdate = named(
  z.object({
    version: Version,
    rules: z.array(CarrierRule).check(z.maxLength(100)),
    fallback: Carrier,
  }),
  'CarrierRuleSetUpdate',
);
export type CarrierRuleSetUpdate = z.infer<typeof CarrierRuleSetUpdate>;

// ---------------------------------------------------------------- allocation

export const AllocationQuery = named(
  z.object({
    page: queryIntIn(1, Number.MAX_SAFE_INTEGER, 1),
    pageSize: queryIntIn(1, 500, 50),
    storeId: z.optional(queryList(Id)),
    region: z.optional(queryList(Region)),
    /** suggested: some location can fulfil the order; unfulfillable: none can on its own. */
    state: z.optional(z.enum(['suggested', 'unfulfillable'])),
    q: z.optional(SearchText),
  }),
  'AllocationQuery',
);
export type AllocationQuery = z.input<typeof AllocationQuery>;

/** A line that a location cannot cover: how many are needed and the most any location has. */
export const Shortage = named(
  z.object({
    productId: Id,
    sku: z.string(),
    productName: z.string(),
    quantity: PositiveInt,
    /** The most available at any single candidate location (may be 0 or negative). */
    bestAvailable: z.int(),
  }),
  'Shortage',
);
export type Shortage = z.infer<typeof Shortage>;

export { ALLOCATION_REASONS };

export const LocationOption = named(
  z.object({
    locationId: Id,
    locationName: z.string(),
    kind: z.enum(['warehouse', 'store']),
    /** Enough available stock here for every line. */
    canFulfil: z.boolean(),
    /** SKUs this location lacks (empty when it can fulfil). */
    shortSkus: z.array(z.string()),
  }),
  'LocationOption',
);
export type LocationOption = z.infer<typeof LocationOption>;

export const AllocationCandidate = named(
  z.object({
    order: OrderSummary,
    /** Where the parcel goes (the shipping address). */
    destination: z.object({ province: z.string(), city: z.string(), region: Region }),
    weightGrams: PositiveInt,
    suggestion: z.nullable(
      z.object({
        locationId: Id,
        locationName: z.string(),
        carrier: Carrier,
        reason: z.enum(ALLOCATION_REASONS),
      }),
    ),
    /** Why no single location can fulfil the order (when suggestion is null). */
    shortages: z.array(Shortage),
    /** Every location the order may be allocated to, best first, for an override. */
    options: z.array(LocationOption),
    /** The carrier the rules pick for this destination and weight. */
    ruleCarrier: Carrier,
  }),
  'AllocationCandidate',
);
export type AllocationCandidate = z.infer<typeof AllocationCandidate>;

export const AllocationRequest = named(
  z.object({ version: Version, locationId: Id, carrier: Carrier }),
  'AllocationRequest',
  'Reserves every line at the location atomically: either all lines are reserved or none (409 insufficient_stock naming the SKU and location).',
);
export type AllocationRequest = z.infer<typeof AllocationRequest>;

export const DeallocationRequest = named(z.object({ version: Version }), 'DeallocationRequest');
export type DeallocationRequest = z.infer<typeof DeallocationRequest>;

/** At most this many orders per bulk allocation. */
export const ALLOCATION_BATCH_LIMIT = 500;

export const BulkAllocationRequest = named(
  z.object({
    items: z
      .array(z.object({ orderId: Id, version: Version, locationId: Id, carrier: Carrier }))
      .check(z.minLength(1), z.maxLength(ALLOCATION_BATCH_LIMIT)),
  }),
  'BulkAllocationRequest',
);
export type BulkAllocationRequest = z.infer<typeof BulkAllocationRequest>;

// ---------------------------------------------------------------- pick list

export const PickListQuery = named(
  z.object({
    locationId: Id,
    /** Only these orders (allocated to the location); all of its allocated orders otherwise. */
    orderId: z.optional(queryList(Id)),
    carrier: z.optional(queryList(Carrier)),
  }),
  'PickListQuery',
);
export type PickListQuery = z.input<typeof PickListQuery>;

/** At most this many orders on one pick list; `truncated` says when more were waiting. */
export const PICK_LIST_LIMIT = 500;

export const PickLine = named(
  z.object({ productId: Id, sku: z.string(), productName: z.string(), quantity: PositiveInt }),
  'PickLine',
);

export const PackingSlip = named(
  z.object({
    orderId: Id,
    number: z.string(),
    storeName: z.string(),
    placedAt: Timestamp,
    timeZone: z.string(),
    recipient: z.string(),
    /** Masked, as on every list. */
    phone: z.string(),
    address: z.string(),
    carrier: Carrier,
    weightGrams: PositiveInt,
    customerNote: z.nullable(z.string()),
    lines: z.array(PickLine),
  }),
  'PackingSlip',
);
export type PackingSlip = z.infer<typeof PackingSlip>;

export const PickList = named(
  z.object({
    location: Location,
    generatedAt: Timestamp,
    /** Every SKU to pick, with the total quantity and how many orders need it (category, then SKU). */
    skus: z.array(
      z.object({
        productId: Id,
        sku: z.string(),
        productName: z.string(),
        category: z.string(),
        quantity: PositiveInt,
        orderCount: PositiveInt,
      }),
    ),
    orders: z.array(PackingSlip),
    truncated: z.boolean(),
  }),
  'PickList',
);
export type PickList = z.infer<typeof PickList>;

// ---------------------------------------------------------------- waybills

export const WaybillProblem = named(z.enum(WAYBILL_PROBLEMS), 'WaybillProblem');

/** One row of a waybill batch, as the warehouse entered it. */
export const WaybillItem = named(
  z.object({
    orderNumber: z.string().check(z.maxLength(64)),
    /** As typed or scanned; the backend normalises it the same way the browser does. */
    waybill: z.string().check(z.maxLength(200)),
    /** null: detect from the number (and fall back to the allocated carrier). */
    carrier: z.nullable(Carrier),
  }),
  'WaybillItem',
);
export type WaybillItem = z.infer<typeof WaybillItem>;

/** At most this many rows per check or commit request: a batch is sent in chunks. */
export const WAYBILL_CHUNK_LIMIT = 1000;

export const WaybillBatch = named(
  z.object({
    items: z.array(WaybillItem).check(z.minLength(1), z.maxLength(WAYBILL_CHUNK_LIMIT)),
  }),
  'WaybillBatch',
);
export type WaybillBatch = z.infer<typeof WaybillBatch>;

export const WaybillRowResult = named(
  z.object({
    /** Index of the row in the request. */
    row: NonNegativeInt,
    orderId: z.nullable(Id),
    orderNumber: z.string(),
    /** The number as stored: normalised. */
    waybill: z.string(),
    carrier: z.nullable(Carrier),
    /** On a check: the order's allocated carrier, to compare with. */
    allocatedCarrier: z.nullable(Carrier),
    /** Every problem found (warnings included); a row with an error is not shipped. */
    problems: z.array(WaybillProblem),
    /** On a commit: the row was shipped (now, or by the first request with this key). */
    shipped: z.boolean(),
    shipmentId: z.nullable(Id),
  }),
  'WaybillRowResult',
);
export type WaybillRowResult = z.infer<typeof WaybillRowResult>;

export const WaybillBatchResult = named(
  z.object({
    succeeded: NonNegativeInt,
    failed: NonNegativeInt,
    results: z.array(WaybillRowResult),
  }),
  'WaybillBatchResult',
);
export type WaybillBatchResult = z.infer<typeof WaybillBatchResult>;

export const WaybillCorrection = named(
  z.object({
    version: Version,
    waybill: z.string().check(z.maxLength(200)),
    carrier: Carrier,
    reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  }),
  'WaybillCorrection',
);
export type WaybillCorrection = z.infer<typeof WaybillCorrection>;
