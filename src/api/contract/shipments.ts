import { z } from 'zod/mini';
import { CARRIERS } from '@/domain/waybill/carriers';
import { EXCEPTION_KINDS, TRACKING_STATUSES } from '@/domain/shipment/tracking';
import { Id, Timestamp, named } from './common';

export const TrackingStatus = named(z.enum(TRACKING_STATUSES), 'TrackingStatus');

export const TrackingEvent = named(
  z.object({ at: Timestamp, status: TrackingStatus, place: z.string(), text: z.string() }),
  'TrackingEvent',
);
export type TrackingEvent = z.infer<typeof TrackingEvent>;

export const Shipment = named(
  z.object({
    id: Id,
    orderId: Id,
    locationId: Id,
    carrier: z.enum(CARRIERS),
    waybill: z.string(),
    trackingStatus: TrackingStatus,
    events: z.array(TrackingEvent),
    eta: z.nullable(Timestamp),
    shippedAt: Timestamp,
    deliveredAt: z.nullable(Timestamp),
    exception: z.nullable(
      z.object({
        kind: z.enum(EXCEPTION_KINDS),
        since: Timestamp,
        resolution: z.nullable(z.string()),
      }),
    ),
  }),
  'Shipment',
);
export type Shipment = z.infer<typeof Shipment>;
