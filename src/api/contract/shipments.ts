import { z } from 'zod/mini';
import { CARRIERS } from '@/domain/waybill/carriers';
import { ATTENTION_KINDS } from '@/domain/shipment/attention';
import { RESOLUTION_ACTIONS } from '@/domain/shipment/resolution';
import {
  EXCEPTION_KINDS,
  TRACKING_EVENT_CODES,
  TRACKING_STATUSES,
} from '@/domain/shipment/tracking';
import { ActorRef, Id, Timestamp, described, named } from './common';

export const TrackingStatus = named(z.enum(TRACKING_STATUSES), 'TrackingStatus');
export const TrackingEventCode = named(z.enum(TRACKING_EVENT_CODES), 'TrackingEventCode');
export const AttentionKind = named(z.enum(ATTENTION_KINDS), 'AttentionKind');
export const ResolutionAction = named(z.enum(RESOLUTION_ACTIONS), 'ResolutionAction');

export const TrackingEvent = named(
  z.object({
    at: Timestamp,
    status: TrackingStatus,
    code: described(TrackingEventCode, 'What happened, worded by the client in its language'),
    place: z.string(),
    text: described(z.string(), "The carrier's own wording"),
  }),
  'TrackingEvent',
);
export type TrackingEvent = z.infer<typeof TrackingEvent>;

export const ShipmentResolution = named(
  z.object({
    action: ResolutionAction,
    at: Timestamp,
    by: z.nullable(ActorRef),
    note: z.string(),
    kinds: described(z.array(AttentionKind), 'The reasons it dealt with'),
  }),
  'ShipmentResolution',
);
export type ShipmentResolution = z.infer<typeof ShipmentResolution>;

export const Shipment = named(
  z.object({
    id: Id,
    orderId: Id,
    locationId: Id,
    carrier: z.enum(CARRIERS),
    waybill: z.string(),
    trackingStatus: TrackingStatus,
    events: described(z.array(TrackingEvent), 'Oldest first'),
    eta: z.nullable(Timestamp),
    shippedAt: Timestamp,
    deliveredAt: z.nullable(Timestamp),
    exception: z.nullable(z.object({ kind: z.enum(EXCEPTION_KINDS), since: Timestamp })),
    attention: described(
      z.array(AttentionKind),
      'Reasons it needs someone now (the exceptions queue), most serious first',
    ),
    resolution: described(z.nullable(ShipmentResolution), 'The last time someone dealt with it'),
    replaces: described(z.nullable(Id), 'The parcel this one was sent to replace'),
  }),
  'Shipment',
);
export type Shipment = z.infer<typeof Shipment>;
