import type { z } from 'zod';
import type {
  AuditEvent,
  Note,
  PaymentMethod,
  PaymentStatus,
  RiskFlag,
  TimelineEvent,
} from '@/api/contract';
import type { CancelReason, HoldReason, OrderStatus } from '@/domain/order/status';
import type { Carrier } from '@/domain/waybill/carriers';
import type { ExceptionKind, TrackingStatus } from '@/domain/shipment/tracking';

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
  hold: { reason: HoldReason; at: number; note: string; by: ActorRow | null } | null;
  cancellation: { reason: CancelReason; at: number; note: string } | null;
  locationId: string | null;
  carrier: Carrier | null;
  shipment: ShipmentRow | null;
  version: number;
  updatedAt: number;
  updatedBy: ActorRow | null;
  /** Timeline events recorded after seeding (newest last). */
  addedEvents?: TimelineEvent[];
  /** Replaces the seeded notes once any note changed. */
  notes?: Note[];
}

/** Everything changed since seeding, in a form that survives JSON and IndexedDB. */
export interface Overlay {
  orders: Record<string, OrderRow>;
  audit: AuditEvent[];
}
