import { z } from 'zod/mini';
import {
  ADJUSTMENT_REASONS,
  ALERT_LEVELS,
  ALERT_STATES,
  MAX_REORDER_POINT,
  MAX_TARGET_COVER_DAYS,
} from '@/domain/inventory/vocabulary';
import {
  ActorRef,
  DateOnly,
  Id,
  NonNegativeInt,
  PositiveInt,
  SearchText,
  Timestamp,
  Version,
  named,
  queryIntIn,
  queryList,
} from './common';

// ---------------------------------------------------------------- stock levels

export const StockStatus = z.enum(['ok', 'low', 'out', 'overstock']);

export const StockLevel = named(
  z.object({
    productId: Id,
    sku: z.string(),
    productName: z.string(),
    category: z.string(),
    locationId: Id,
    onHand: NonNegativeInt,
    reserved: NonNegativeInt,
    /** on hand − reserved: what can still be promised. */
    available: z.int(),
    reorderPoint: NonNegativeInt,
    targetCoverDays: PositiveInt,
    /** Units sold per day here, averaged over the last 30 days. */
    velocity: z.number().check(z.minimum(0)),
    /** How many days available lasts at that velocity; null when nothing sold in 30 days. */
    daysOfCover: z.nullable(z.number().check(z.minimum(0))),
    /** Units to order so available reaches the target cover (0: nothing needed). */
    suggestedQuantity: NonNegativeInt,
    status: StockStatus,
    version: Version,
  }),
  'StockLevel',
);
export type StockLevel = z.infer<typeof StockLevel>;

/** Sort keys of the stock list; a leading "-" sorts descending. Ties break by SKU, then location. */
export const STOCK_SORT_KEYS = [
  'sku',
  'productName',
  'category',
  'location',
  'onHand',
  'reserved',
  'available',
  'reorderPoint',
  'velocity',
  'daysOfCover',
  'status',
] as const;
export type StockSortKey = (typeof STOCK_SORT_KEYS)[number];
export const STOCK_SORTS = [...STOCK_SORT_KEYS, ...STOCK_SORT_KEYS.map((k) => `-${k}` as const)];
export type StockSort = (typeof STOCK_SORTS)[number];

export const StockQuery = named(
  z.object({
    page: queryIntIn(1, Number.MAX_SAFE_INTEGER, 1),
    pageSize: queryIntIn(1, 1000, 50),
    locationId: z.optional(queryList(Id)),
    category: z.optional(queryList(z.string())),
    status: z.optional(queryList(StockStatus)),
    q: z.optional(SearchText),
    /** daysOfCover sorts "no sales" (null) last in either direction. */
    sort: z._default(z.enum(STOCK_SORTS), 'sku'),
  }),
  'StockQuery',
);
export type StockQuery = z.input<typeof StockQuery>;

/** One stock level: /stock/{locationId}/{productId}. */
export const StockKeyParams = z.object({ locationId: Id, productId: Id });

export const ReorderPoint = NonNegativeInt.check(z.maximum(MAX_REORDER_POINT));
export const TargetCoverDays = PositiveInt.check(z.maximum(MAX_TARGET_COVER_DAYS));

export const ThresholdUpdate = named(
  z.object({ version: Version, reorderPoint: ReorderPoint, targetCoverDays: TargetCoverDays }),
  'ThresholdUpdate',
);
export type ThresholdUpdate = z.infer<typeof ThresholdUpdate>;

/**
 * Sets thresholds for every SKU of a category at the given locations (each must be in the caller's
 * scope). A field left out keeps each level's own value; at least one must be given (422).
 */
export const CategoryThresholdUpdate = named(
  z.object({
    category: z.string().check(z.minLength(1)),
    locationIds: z.array(Id).check(z.minLength(1), z.maxLength(100)),
    reorderPoint: z.optional(ReorderPoint),
    targetCoverDays: z.optional(TargetCoverDays),
  }),
  'CategoryThresholdUpdate',
);
export type CategoryThresholdUpdate = z.infer<typeof CategoryThresholdUpdate>;

export const CategoryThresholdResult = named(
  z.object({
    /** Stock levels whose thresholds changed (levels already at the new values are not counted). */
    updated: NonNegativeInt,
  }),
  'CategoryThresholdResult',
);
export type CategoryThresholdResult = z.infer<typeof CategoryThresholdResult>;

export const AdjustmentReason = z.enum(ADJUSTMENT_REASONS);

/**
 * A stock count correction. cycle_count: `quantity` is the counted on hand; damage: `quantity`
 * units leave the shelf; return_to_stock: `quantity` units come back. Refused with 409
 * below_reserved when a correction lowers on hand below what is reserved; 422 when nothing would
 * change.
 */
export const StockAdjustment = named(
  z.object({
    version: Version,
    reason: AdjustmentReason,
    quantity: NonNegativeInt.check(z.maximum(1_000_000)),
    note: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  }),
  'StockAdjustment',
);
export type StockAdjustment = z.infer<typeof StockAdjustment>;

export const StockChangeField = z.enum(['onHand', 'reorderPoint', 'targetCoverDays']);

/** One recorded change of a stock level by a person: thresholds set or on hand corrected. */
export const StockChange = named(
  z.object({
    id: Id,
    at: Timestamp,
    actor: z.nullable(ActorRef),
    kind: z.enum(['thresholds', 'adjustment']),
    /** For adjustments. */
    reason: z.nullable(AdjustmentReason),
    note: z.nullable(z.string()),
    /** Set for thresholds changed for a whole category at once. */
    category: z.nullable(z.string()),
    changes: z.array(z.object({ field: StockChangeField, from: z.int(), to: z.int() })),
  }),
  'StockChange',
);
export type StockChange = z.infer<typeof StockChange>;

// ---------------------------------------------------------------- alerts

export const AlertLevel = z.enum(ALERT_LEVELS);
export const AlertState = z.enum(ALERT_STATES);

/**
 * Raised when available falls below the reorder point (low) or to 0 or less (out), cleared when
 * it recovers. One alert per SKU and location is live at a time; a level change updates it and
 * opens it again (unless it is snoozed until a date that has not come).
 */
export const StockAlert = named(
  z.object({
    id: Id,
    productId: Id,
    sku: z.string(),
    productName: z.string(),
    category: z.string(),
    locationId: Id,
    locationName: z.string(),
    level: AlertLevel,
    state: AlertState,
    raisedAt: Timestamp,
    /** When the level last changed (equals raisedAt until it does). */
    levelChangedAt: Timestamp,
    clearedAt: z.nullable(Timestamp),
    /** The level's figures now (or when cleared). */
    available: z.int(),
    reorderPoint: NonNegativeInt,
    acknowledged: z.nullable(z.object({ by: ActorRef, at: Timestamp })),
    /** until null: snoozed until the level changes. */
    snoozed: z.nullable(z.object({ by: ActorRef, at: Timestamp, until: z.nullable(Timestamp) })),
    version: Version,
  }),
  'StockAlert',
);
export type StockAlert = z.infer<typeof StockAlert>;

export const AlertQuery = named(
  z.object({
    page: queryIntIn(1, Number.MAX_SAFE_INTEGER, 1),
    pageSize: queryIntIn(1, 500, 50),
    /** Default: every state but cleared. */
    state: z.optional(queryList(AlertState)),
    level: z.optional(queryList(AlertLevel)),
    locationId: z.optional(queryList(Id)),
    category: z.optional(queryList(z.string())),
  }),
  'AlertQuery',
);
export type AlertQuery = z.input<typeof AlertQuery>;

/** Live alerts in the caller's scope, for the header badge. */
export const AlertSummary = named(
  z.object({
    /** Neither acknowledged nor snoozed: what the badge counts. */
    open: NonNegativeInt,
    openOut: NonNegativeInt,
    acknowledged: NonNegativeInt,
    snoozed: NonNegativeInt,
  }),
  'AlertSummary',
);
export type AlertSummary = z.infer<typeof AlertSummary>;

export const AlertAcknowledgement = named(z.object({ version: Version }), 'AlertAcknowledgement');
export type AlertAcknowledgement = z.infer<typeof AlertAcknowledgement>;

/**
 * Puts an alert aside. `until` (a date, in the location's time zone; must be after today): it
 * opens again at the start of that day. null: it opens again when its level changes.
 */
export const AlertSnooze = named(
  z.object({ version: Version, until: z.nullable(DateOnly) }),
  'AlertSnooze',
);
export type AlertSnooze = z.infer<typeof AlertSnooze>;

// ---------------------------------------------------------------- replenishment

export const ReplenishmentQuery = named(
  z.object({
    page: queryIntIn(1, Number.MAX_SAFE_INTEGER, 1),
    pageSize: queryIntIn(1, 1000, 50),
    locationId: z.optional(queryList(Id)),
    category: z.optional(queryList(z.string())),
    q: z.optional(SearchText),
  }),
  'ReplenishmentQuery',
);
export type ReplenishmentQuery = z.input<typeof ReplenishmentQuery>;

/** Another location with more than it needs, and how much of it could move here. */
export const TransferSuggestion = named(
  z.object({
    fromLocationId: Id,
    fromLocationName: z.string(),
    quantity: PositiveInt,
    /** The donor's available and cover before the transfer. */
    fromAvailable: z.int(),
    fromDaysOfCover: z.nullable(z.number()),
  }),
  'TransferSuggestion',
);
export type TransferSuggestion = z.infer<typeof TransferSuggestion>;

/**
 * A SKU at a location that needs stock (available below its reorder point), most urgent first
 * (least cover). suggestedQuantity reaches the target cover days; a transfer is suggested where
 * another location is overstocked.
 */
export const ReplenishmentLine = named(
  z.extend(
    z.pick(StockLevel, {
      productId: true,
      sku: true,
      productName: true,
      category: true,
      locationId: true,
      available: true,
      reorderPoint: true,
      targetCoverDays: true,
      velocity: true,
      daysOfCover: true,
      status: true,
    }),
    {
      locationName: z.string(),
      /** Never 0 here: only what needs stock is listed. */
      suggestedQuantity: PositiveInt,
      transfer: z.nullable(TransferSuggestion),
    },
  ),
  'ReplenishmentLine',
);
export type ReplenishmentLine = z.infer<typeof ReplenishmentLine>;
