import { z } from 'zod/mini';
import { WAIT_BANDS } from '@/domain/shipment/attention';
import { EXCEPTION_KINDS, PUBLIC_STEPS } from '@/domain/shipment/tracking';
import {
  CUSTOMER_LOCALES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
} from '@/domain/notification/templates';
import {
  ActorRef,
  Id,
  Money,
  NonNegativeInt,
  SearchText,
  Timestamp,
  Version,
  described,
  named,
  pageOf,
  queryIntIn,
  queryList,
} from './common';
import { Carrier } from './reference';
import { AttentionKind, TrackingEvent, TrackingStatus } from './shipments';

export const WaitBand = named(z.enum(WAIT_BANDS), 'WaitBand');
export const NotificationKind = named(z.enum(NOTIFICATION_KINDS), 'NotificationKind');
export const NotificationChannel = named(z.enum(NOTIFICATION_CHANNELS), 'NotificationChannel');
export const CustomerLocale = named(z.enum(CUSTOMER_LOCALES), 'CustomerLocale');

const Note = (min: number, max: number) =>
  z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

// ---------------------------------------------------------------------------------------------
// Exceptions queue

export const EXCEPTION_SORTS = ['waiting', '-waiting'] as const;

export const ExceptionQueueQuery = named(
  z.object({
    page: queryIntIn(1, Number.MAX_SAFE_INTEGER, 1),
    pageSize: queryIntIn(1, 200, 50),
    sort: z._default(
      described(z.enum(EXCEPTION_SORTS), 'waiting: longest waiting first (default)'),
      'waiting',
    ),
    kind: z.optional(described(queryList(AttentionKind), 'Any of these reasons')),
    carrier: z.optional(queryList(Carrier)),
    locationId: z.optional(described(queryList(Id), 'Shipped from one of these locations')),
    age: z.optional(described(WaitBand, 'How long the parcel has waited for someone')),
    q: z.optional(described(SearchText, 'Order number or waybill')),
  }),
  'ExceptionQueueQuery',
);
export type ExceptionQueueQuery = z.input<typeof ExceptionQueueQuery>;

export const ExceptionItem = named(
  z.object({
    orderId: Id,
    orderNumber: z.string(),
    orderVersion: Version,
    storeName: z.string(),
    timeZone: z.string(),
    customerName: z.string(),
    shipmentId: Id,
    carrier: Carrier,
    waybill: z.string(),
    locationId: Id,
    locationName: z.string(),
    trackingStatus: TrackingStatus,
    exceptionKind: z.nullable(z.enum(EXCEPTION_KINDS)),
    kinds: described(z.array(AttentionKind), 'Every open reason, most serious first'),
    waitingSince: described(Timestamp, 'When the earliest open reason began'),
    lastEvent: z.nullable(TrackingEvent),
    eta: Timestamp,
    shippedAt: Timestamp,
    canReship: z.boolean(),
    /** What can still be refunded of what was paid. */
    refundable: Money,
    total: Money,
  }),
  'ExceptionItem',
);
export type ExceptionItem = z.infer<typeof ExceptionItem>;

export const ExceptionPage = named(
  z.object({
    ...pageOf(ExceptionItem).shape,
    counts: described(
      z.record(AttentionKind, NonNegativeInt),
      'Parcels per reason for the same filter, ignoring the reason filter',
    ),
  }),
  'ExceptionPage',
);
export type ExceptionPage = z.infer<typeof ExceptionPage>;

export const ExceptionCount = named(
  z.object({ open: described(NonNegativeInt, 'Parcels in the queue the user can see') }),
  'ExceptionCount',
);
export type ExceptionCount = z.infer<typeof ExceptionCount>;

/**
 * One way of dealing with a parcel in the queue. `version` is the order's version the user saw:
 * a stale one is refused with 409, as with every order command. Every action takes the parcel out
 * of the queue and is recorded on the order's timeline.
 */
export const ShipmentResolutionRequest = named(
  z.discriminatedUnion('action', [
    z.object({
      action: z.literal('contact'),
      version: Version,
      template: NotificationKind,
      channel: NotificationChannel,
      note: z._default(Note(0, 500), ''),
    }),
    z.object({
      action: z.literal('reship'),
      version: Version,
      locationId: described(Id, 'Where the replacement leaves from'),
      carrier: Carrier,
      waybill: described(
        z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
        'As typed or scanned; normalised by the server',
      ),
      note: z._default(Note(0, 500), ''),
    }),
    z.object({
      action: z.literal('refund'),
      version: Version,
      amount: described(z.int().check(z.positive()), 'Fen; at most what is still refundable'),
      reason: Note(1, 500),
    }),
    z.object({
      action: z.literal('coupon'),
      version: Version,
      amount: described(z.int().check(z.positive()), 'Fen; at most half the order, ¥200 at most'),
      note: z._default(Note(0, 500), ''),
    }),
    z.object({ action: z.literal('resolve'), version: Version, note: Note(1, 500) }),
  ]),
  'ShipmentResolutionRequest',
);
export type ShipmentResolutionRequest = z.input<typeof ShipmentResolutionRequest>;

export const ShipmentParams = z.object({ id: Id, shipmentId: Id });

// ---------------------------------------------------------------------------------------------
// Order records the resolutions add

export const Refund = named(
  z.object({
    id: Id,
    amount: Money,
    reason: z.string(),
    at: Timestamp,
    by: ActorRef,
    shipmentId: z.nullable(Id),
  }),
  'Refund',
);
export type Refund = z.infer<typeof Refund>;

export const Compensation = named(
  z.object({
    id: Id,
    amount: Money,
    couponCode: z.string(),
    note: z.string(),
    at: Timestamp,
    by: ActorRef,
    shipmentId: z.nullable(Id),
  }),
  'Compensation',
);
export type Compensation = z.infer<typeof Compensation>;

// ---------------------------------------------------------------------------------------------
// Notifications

const TemplateParts = {
  sms: z.string().check(z.maxLength(1000)),
  emailSubject: z.string().check(z.maxLength(500)),
  emailBody: z.string().check(z.maxLength(8000)),
};

export const NotificationTemplate = named(
  z.object({
    kind: NotificationKind,
    locale: CustomerLocale,
    ...TemplateParts,
    version: Version,
    updatedAt: z.nullable(Timestamp),
    updatedBy: z.nullable(ActorRef),
  }),
  'NotificationTemplate',
);
export type NotificationTemplate = z.infer<typeof NotificationTemplate>;

export const NotificationTemplateUpdate = named(
  z.object({ version: Version, ...TemplateParts }),
  'NotificationTemplateUpdate',
  'Checked by the same rules as the editor: no empty part, no unknown placeholder, the SMS within one message and with {trackingLink}',
);
export type NotificationTemplateUpdate = z.infer<typeof NotificationTemplateUpdate>;

export const TemplateParams = z.object({ kind: NotificationKind, locale: CustomerLocale });

export const NotificationLogEntry = named(
  z.object({
    id: Id,
    orderId: Id,
    at: Timestamp,
    kind: NotificationKind,
    channel: NotificationChannel,
    locale: CustomerLocale,
    to: described(z.string(), 'Masked phone or e-mail'),
    subject: z.nullable(z.string()),
    body: described(z.string(), 'As sent: placeholders filled'),
    trigger: z.enum(['automatic', 'staff']),
    by: z.nullable(ActorRef),
  }),
  'NotificationLogEntry',
);
export type NotificationLogEntry = z.infer<typeof NotificationLogEntry>;

// ---------------------------------------------------------------------------------------------
// Public tracking page

export const PublicStep = named(z.enum(PUBLIC_STEPS), 'PublicStep');

export const PublicTrackingLookup = named(
  z.union([
    z.object({
      orderNumber: Note(1, 40),
      email: described(Note(3, 254), 'The e-mail on the order'),
    }),
    z.object({
      orderNumber: Note(1, 40),
      phoneLast4: z.string().check(z.regex(/^\d{4}$/)),
    }),
  ]),
  'PublicTrackingLookup',
);
export type PublicTrackingLookup = z.infer<typeof PublicTrackingLookup>;

export const PublicParcel = named(
  z.object({
    carrier: Carrier,
    waybill: z.string(),
    status: TrackingStatus,
    step: PublicStep,
    exceptionKind: z.nullable(z.enum(EXCEPTION_KINDS)),
    eta: z.nullable(Timestamp),
    shippedAt: Timestamp,
    deliveredAt: z.nullable(Timestamp),
    events: described(z.array(TrackingEvent), 'Newest first'),
  }),
  'PublicParcel',
);
export type PublicParcel = z.infer<typeof PublicParcel>;

export const PublicTracking = named(
  z.object({
    orderNumber: z.string(),
    placedAt: Timestamp,
    storeName: z.string(),
    timeZone: z.string(),
    locale: described(CustomerLocale, "The customer's language, for the page's first view"),
    cancelled: z.boolean(),
    step: described(PublicStep, 'Of the newest parcel; confirmed before anything shipped'),
    destinationCity: z.string(),
    items: z.array(z.object({ name: z.string(), quantity: z.int().check(z.positive()) })),
    parcels: described(z.array(PublicParcel), 'Newest first; a replacement parcel comes first'),
    token: described(z.string(), 'A link token for this order, to bookmark the answer'),
  }),
  'PublicTracking',
);
export type PublicTracking = z.infer<typeof PublicTracking>;

export const TrackingTokenParams = z.object({
  token: z.string().check(z.minLength(10), z.maxLength(400)),
});
