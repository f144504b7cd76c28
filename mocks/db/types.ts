import type { z } from 'zod';
import type {
  Address,
  AuditEvent,
  CarrierRuleSet,
  Note,
  PaymentMethod,
  PaymentStatus,
  RiskFlag,
  StockChange,
  StockLevel,
  TimelineEvent,
} from '@/api/contract';
import type { AlertLevel, AlertState } from '@/domain/inventory/vocabulary';
import type { CancelReason, HoldReason, OrderStatus } from '@/domain/order/status';
import type { Carrier } from '@/domain/waybill/carriers';
import type { ExceptionKind, TrackingStatus } from '@/domain/shipment/tracking';
import type { AttentionKind } from '@/domain/shipment/attention';
import type { ResolutionAction } from '@/domain/shipment/resolution';
import type {
  CustomerLocale,
  NotificationChannel,
  NotificationKind,
  TemplateText,
} from '@/domain/notification/templates';
import type { TagRow } from '../seed/reference';

export interface ActorRow {
  id: string;
  name: string;
}

export interface CustomerRow {
  id: string;
  name: string;
  phone: string;
  email: string | null;
  cityIndex: number;
  district: string;
  detail: string;
  postalCode: string;
  /** Province the phone number is registered in, as a number-segment lookup would tell. */
  phoneProvince: string;
}

/** What is known about a parcel; its tracking events are generated from this when asked for. */
export interface ShipmentRow {
  id: string;
  locationId: string;
  carrier: Carrier;
  waybill: string;
  shippedAt: number;
  /** When the parcel reaches (or would reach) the customer, including delays. */
  arrivesAt: number;
  eta: number;
  deliveredAt: number | null;
  tracking: TrackingStatus;
  /** Extra days beyond the carrier's typical transit time (0 when on time). */
  delayDays: number;
  failedAttempt: boolean;
  exception: { kind: ExceptionKind; since: number } | null;
  /** The last time someone dealt with the parcel from the exceptions queue. */
  resolution?: ResolutionRow | null;
  /** The parcel this one replaces (a reship). */
  replaces?: string | null;
  /**
   * How the parcel's journey goes, drawn once from the order's seed (mocks/seed/journey.ts).
   * Absent on parcels shipped after seeding: the same draw is made when they are first read.
   */
  plan?: JourneyPlan;
}

/** What will become of a parcel; the times of its scans follow from this and its seed. */
export interface JourneyPlan {
  /** Seeds the times of the scans and the small choices between them. */
  seed: number;
  /** Where it ends: handed over at the door, put in a locker or left at a pickup point. */
  finish: 'door' | 'locker' | 'pickup';
  /** Days beyond the carrier's usual time (0: on time). */
  delayDays: number;
  /** The first delivery attempt fails. */
  failedAttempt: boolean;
  /** The journey ends in this exception instead of a delivery. */
  exception: ExceptionKind | null;
  /** Nobody scans it after the label (and perhaps the pick-up): it expires after 30 days. */
  neverScanned: boolean;
}

export interface ResolutionRow {
  action: ResolutionAction;
  at: number;
  by: ActorRow | null;
  note: string;
  kinds: AttentionKind[];
}

export interface RefundRow {
  id: string;
  amount: number;
  reason: string;
  at: number;
  by: ActorRow;
  shipmentId: string | null;
}

export interface CompensationRow {
  id: string;
  amount: number;
  couponCode: string;
  note: string;
  at: number;
  by: ActorRow;
  shipmentId: string | null;
}

/** A message sent to the customer, as the log shows it (placeholders filled). */
export interface NotificationRow {
  id: string;
  at: number;
  kind: NotificationKind;
  channel: NotificationChannel;
  locale: CustomerLocale;
  to: string;
  subject: string | null;
  body: string;
  trigger: 'automatic' | 'staff';
  by: ActorRow | null;
}

/** One template as stored; the seeded wording until an admin changes it. */
export interface TemplateRow extends TemplateText {
  kind: NotificationKind;
  locale: CustomerLocale;
  version: number;
  updatedAt: number | null;
  updatedBy: ActorRow | null;
}

/**
 * One order as the tables keep it: what lists, filters and analytics need, in plain JSON so a
 * changed row can be persisted as is. Timeline, tracking events and notes are generated from
 * `seed` when a detail is asked for, plus whatever was added after seeding.
 */
export interface OrderRow {
  id: string;
  number: string;
  seed: number;
  storeIndex: number;
  customerIndex: number;
  placedAt: number;
  paidAt: number | null;
  reviewedAt: number | null;
  allocatedAt: number | null;
  status: OrderStatus;
  /** Flat pairs: product index, quantity. */
  lines: number[];
  /** Category of the line with the largest amount: the category the order counts under in analytics. */
  primaryCategory: number;
  subtotal: number;
  shipping: number;
  discount: number;
  total: number;
  paymentMethod: z.infer<typeof PaymentMethod> | null;
  paymentStatus: z.infer<typeof PaymentStatus>;
  tagIds: string[];
  riskFlags: z.infer<typeof RiskFlag>[];
  /** A hold that was released before now, for the timeline. */
  pastHold: { reason: HoldReason; at: number; releasedAt: number } | null;
  hold: {
    reason: HoldReason;
    at: number;
    note: string;
    by: ActorRow | null;
    /** When the hold should be looked at again; absent on seeded holds. */
    until?: number | null;
  } | null;
  cancellation: { reason: CancelReason; at: number; note: string } | null;
  locationId: string | null;
  carrier: Carrier | null;
  shipment: ShipmentRow | null;
  /** Parcels replaced by a reship, oldest first; `shipment` is the newest. */
  previousShipments?: ShipmentRow[];
  refunds?: RefundRow[];
  compensations?: CompensationRow[];
  /** Messages recorded after seeding; those the seeded journey implies are derived when read. */
  notifications?: NotificationRow[];
  version: number;
  updatedAt: number;
  updatedBy: ActorRow | null;
  /** Timeline events recorded after seeding (newest last). */
  addedEvents?: TimelineEvent[];
  /** Replaces the seeded notes once any note changed. */
  notes?: Note[];
  /** A corrected shipping address; the customer's own address otherwise. Phone unmasked. */
  address?: Address;
  /**
   * The seeded part of the timeline, fixed when a command first changed the order: the seeded
   * timeline is derived from the row's fields, which commands change.
   */
  seededTimeline?: TimelineEvent[];
}

/** Everything changed since seeding, in a form that survives JSON and IndexedDB. */
export interface Overlay {
  orders: Record<string, OrderRow>;
  audit: AuditEvent[];
  /** Stock levels changed since seeding, by `${productId}|${locationId}` (absent in older saves). */
  stock?: Record<string, StockLevel>;
  /** The whole tag list, once any tag was created, changed or deleted. */
  tags?: TagRow[];
  /** Orders that arrived after seeding, newest first, and how far arrivals were generated. */
  arrivals?: { rows: OrderRow[]; cursor: ArrivalCursor };
  /** The carrier rules, once they were changed. */
  carrierRules?: CarrierRuleSet;
  /** Who last changed each changed stock level, by the same key as `stock`. */
  stockTouched?: Record<string, StockTouch>;
  /** Alerts changed since seeding, by id (null: a seeded alert dropped from the history). */
  alerts?: Record<string, AlertRow | null>;
  /** The number the last alert raised after seeding was given. */
  alertSequence?: number;
  /** Threshold changes and adjustments, oldest first. */
  stockChanges?: StockChangeRow[];
  /** Notification templates changed since seeding, by `${kind}|${locale}`. */
  notificationTemplates?: Record<string, TemplateRow>;
}

/** When a stock level last changed, and who changed it (null: the system, e.g. an allocation). */
export interface StockTouch {
  at: number;
  by: ActorRow | null;
}

/** One alert as the tables keep it: names come from its stock level and location when shown. */
export interface AlertRow {
  id: string;
  productId: string;
  locationId: string;
  level: AlertLevel;
  /** As stored: a snooze until a date reads open once the date has come (effectiveAlertState). */
  state: AlertState;
  raisedAt: number;
  levelChangedAt: number;
  clearedAt: number | null;
  /** The level's figures at the last change. */
  available: number;
  reorderPoint: number;
  acknowledged: { by: ActorRow; at: number } | null;
  snoozed: { by: ActorRow; at: number; until: number | null } | null;
  version: number;
  updatedAt: number;
  updatedBy: ActorRow | null;
}

/** A recorded change of one stock level, keyed like the stock overlay. */
export interface StockChangeRow {
  key: string;
  change: StockChange;
}

/** The last generated arrival: its number in the sequence of arrivals (0 before the first) and time. */
export interface ArrivalCursor {
  index: number;
  at: number;
}
