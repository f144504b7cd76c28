import { z } from 'zod';
import { CARRIERS } from '@/domain/waybill/carriers';
import { EXCEPTION_KINDS, TRACKING_STATUSES } from '@/domain/shipment/tracking';
import { Id, Timestamp } from './common';

export const TrackingStatus = z.enum(TRACKING_STATUSES).meta({ id: 'TrackingStatus' });

export const TrackingEvent = z
  .object({ at: Timestamp, status: TrackingStatus, place: z.string(), text: z.string() })
  .meta({ id: 'TrackingEvent' });
export type TrackingEvent = z.infer<typeof TrackingEvent>;

export const Shipment = z
  .object({
    id: Id,
    orderId: Id,
    locationId: Id,
    carrier: z.enum(CARRIERS),
    waybill: z.string(),
    trackingStatus: TrackingStatus,
    events: z.array(TrackingEvent),
    eta: Timestamp.nullable(),
    shippedAt: Timestamp,
    deliveredAt: Timestamp.nullable(),
    exception: z
      .object({ kind: z.enum(EXCEPTION_KINDS), since: Timestamp, resolution: z.string().nullable() })
      .nullable(),
  })
  .meta({ id: 'Shipment' });
export type Shipment = z.infer<typeof Shipment>;
