import { z } from 'zod/mini';
import { CANCEL_REASONS, HOLD_REASONS, ORDER_STATUSES, STATUS_TABS } from '@/domain/order/status';
import { RISK_FLAGS } from '@/domain/order/risk-flags';
import { FUNNEL_STAGES } from '@/domain/analytics/funnel';
import { SHIP_LATENCY_BUCKETS } from '@/domain/analytics/ship-latency';
import {
  ActorRef,
  DateOnly,
  Id,
  Money,
  PositiveInt,
  QueryBool,
  QueryInt,
  Region,
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
import { Shipment } from './shipments';
import { Compensation, CustomerLocale, Refund } from './tracking';

export const OrderStatus = named(z.enum(ORDER_STATUSES), 'OrderStatus');
export const StatusTab = z.enum(STATUS_TABS);
export const HoldReason = named(z.enum(HOLD_REASONS), 'HoldReason');
export const CancelReason = named(z.enum(CANCEL_REASONS), 'CancelReason');
export const PaymentStatus = named(
  z.enum(['unpaid', 'paid', 'partially_refunded', 'refunded']),
  'PaymentStatus',
);
export const PaymentMethod = z.enum(['wechat_pay', 'alipay', 'unionpay', 'card', 'cash']);

const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

export const Address = named(
  z.object({
    recipient: text(1, 40),
    phone: text(1, 20),
    province: text(1, 40),
    city: text(1, 40),
    district: text(1, 40),
    detail: text(1, 200),
    postalCode: z.optional(z.string()),
  }),
  'Address',
);
export type Address = z.infer<typeof Address>;

export const Customer = named(
  z.object({
    id: Id,
    name: z.string(),
    /** Masked unless the caller revealed it, e.g. 138****5678. */
    phone: z.string(),
    email: z.nullable(z.string()),
    phoneMasked: z.boolean(),
    locale: described(CustomerLocale, 'The language messages to the customer are sent in'),
  }),
  'Customer',
);
export type Customer = z.infer<typeof Customer>;

export const OrderLine = named(
  z.object({
    id: Id,
    productId: Id,
    sku: z.string(),
    name: z.string(),
    quantity: PositiveInt,
    unitPrice: Money,
    total: Money,
  }),
  'OrderLine',
);
export type OrderLine = z.infer<typeof OrderLine>;

export const Totals = named(
  z.object({ subtotal: Money, shipping: Money, discount: Money, total: Money }),
  'Totals',
);

export const Payment = named(
  z.object({
    status: PaymentStatus,
    method: z.nullable(PaymentMethod),
    paidAt: z.nullable(Timestamp),
    amount: Money,
    transactionId: z.nullable(z.string()),
  }),
  'Payment',
);

export const Hold = named(
  z.object({
    reason: HoldReason,
    note: z.string(),
    until: z.nullable(Timestamp),
    by: z.nullable(ActorRef),
    at: Timestamp,
  }),
  'Hold',
);

export const Allocation = named(
  z.object({ locationId: Id, locationName: z.string(), carrier: Carrier, allocatedAt: Timestamp }),
  'Allocation',
);

export const Note = named(
  z.object({
    id: Id,
    author: ActorRef,
    body: text(1, 2000),
    createdAt: Timestamp,
    updatedAt: z.nullable(Timestamp),
  }),
  'Note',
);
export type Note = z.infer<typeof Note>;

export const TIMELINE_KINDS = [
  'placed',
  'paid',
  'approved',
  'held',
  'released',
  'rejected',
  'cancelled',
  'tagged',
  'untagged',
  'address_changed',
  'allocated',
  'deallocated',
  'shipped',
  'waybill_corrected',
  'tracking_updated',
  'delivered',
  'completed',
  'note_added',
  'note_edited',
  'note_deleted',
  'phone_revealed',
  'customer_notified',
  'reshipped',
  'refunded',
  'compensated',
  'exception_resolved',
] as const;

export const TimelineEvent = named(
  z.object({
    id: Id,
    at: Timestamp,
    kind: z.enum(TIMELINE_KINDS),
    actor: z.nullable(ActorRef),
    /** Parameters of the event's sentence (reason, tag name, waybill...), rendered by the UI in the user's language. */
    data: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  }),
  'TimelineEvent',
);
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const RiskFlag = named(z.enum(RISK_FLAGS), 'RiskFlag');

export const Order = named(
  z.object({
    id: Id,
    number: z.string(),
    storeId: Id,
    storeName: z.string(),
    region: Region,
    timeZone: z.string(),
    placedAt: Timestamp,
    paidAt: z.nullable(Timestamp),
    status: OrderStatus,
    customer: Customer,
    lines: z.array(OrderLine).check(z.minLength(1)),
    totals: Totals,
    payment: Payment,
    shippingAddress: Address,
    customerNote: z.string(),
    hold: z.nullable(Hold),
    cancellation: z.nullable(z.object({ reason: CancelReason, note: z.string(), at: Timestamp })),
    tagIds: z.array(Id),
    notes: z.array(Note),
    riskFlags: z.array(RiskFlag),
    allocation: z.nullable(Allocation),
    shipments: described(
      z.array(Shipment),
      'Oldest first; a replacement comes after the parcel it replaces',
    ),
    refunds: z.array(Refund),
    compensations: z.array(Compensation),
    timeline: z.array(TimelineEvent),
    version: Version,
    updatedAt: Timestamp,
    updatedBy: z.nullable(ActorRef),
  }),
  'Order',
);
export type Order = z.infer<typeof Order>;

export const OrderSummary = named(
  z.object({
    id: Id,
    number: z.string(),
    storeId: Id,
    storeName: z.string(),
    region: Region,
    timeZone: z.string(),
    placedAt: Timestamp,
    customerName: z.string(),
    customerPhone: described(z.string(), 'Always masked in lists'),
    firstItemName: z.string(),
    lineCount: PositiveInt,
    quantity: PositiveInt,
    total: Money,
    status: OrderStatus,
    paymentStatus: PaymentStatus,
    tagIds: z.array(Id),
    carrier: z.nullable(Carrier),
    waybill: z.nullable(z.string()),
    hasException: z.boolean(),
    riskFlags: z.array(RiskFlag),
    version: Version,
  }),
  'OrderSummary',
);
export type OrderSummary = z.infer<typeof OrderSummary>;

export const ORDER_SORTS = [
  'placedAt',
  '-placedAt',
  'total',
  '-total',
  'status',
  '-status',
] as const;
export const PAGE_SIZES = [50, 100, 500, 1000] as const;

/** The filter part of a list query, shared by the list and the per-tab counts. */
const orderFilterShape = {
  storeId: z.optional(queryList(Id)),
  region: z.optional(queryList(Region)),
  from: z.optional(described(DateOnly, 'First day placed, inclusive, in the store time zone')),
  to: z.optional(described(DateOnly, 'Last day placed, inclusive')),
  placedAfter: z.optional(
    described(
      Timestamp,
      'Only orders placed after this instant (exclusive): what is new since then',
    ),
  ),
  placedUpTo: z.optional(
    described(
      Timestamp,
      'Only orders placed at or before this instant: pins a view so arriving orders do not shift it',
    ),
  ),
  shippedFrom: z.optional(
    described(
      DateOnly,
      'Only orders whose parcel was shipped on or after this day, in the store time zone',
    ),
  ),
  shippedTo: z.optional(
    described(DateOnly, 'Only orders whose parcel was shipped on or before this day, inclusive'),
  ),
  province: z.optional(described(queryList(z.string()), "The store's province")),
  category: z.optional(
    described(
      queryList(z.string()),
      'The category of the line with the largest amount, as analytics count the order',
    ),
  ),
  reached: z.optional(
    described(z.enum(FUNNEL_STAGES), 'Only orders that got at least this far (analytics funnel)'),
  ),
  shipLatency: z.optional(
    described(
      z.enum(SHIP_LATENCY_BUCKETS),
      'Only shipped orders whose payment-to-shipment time falls in this bucket',
    ),
  ),
  paymentStatus: z.optional(queryList(PaymentStatus)),
  carrier: z.optional(queryList(Carrier)),
  locationId: z.optional(
    described(queryList(Id), 'Allocated to (or shipped from) one of these locations'),
  ),
  tags: z.optional(queryList(Id)),
  tagMode: z._default(z.enum(['any', 'all']), 'any'),
  hasException: z.optional(QueryBool),
  riskFlagged: z.optional(described(QueryBool, 'Only orders with at least one risk flag')),
  minTotal: z.optional(described(QueryInt, 'Fen, inclusive')),
  maxTotal: z.optional(described(QueryInt, 'Fen, inclusive')),
  q: z.optional(
    described(SearchText, 'Order number, customer name, phone (full or last 4 digits) or waybill'),
  ),
};

export const OrderFilterQuery = named(z.object(orderFilterShape), 'OrderFilterQuery');
export type OrderFilterQuery = z.input<typeof OrderFilterQuery>;

export const OrderListQuery = named(
  z.object({
    page: queryIntIn(1, Number.MAX_SAFE_INTEGER, 1),
    pageSize: queryIntIn(1, 1000, 50),
    sort: z._default(z.enum(ORDER_SORTS), '-placedAt'),
    status: z._default(StatusTab, 'all'),
    ...orderFilterShape,
  }),
  'OrderListQuery',
);
export type OrderListQuery = z.input<typeof OrderListQuery>;
export type OrderListParams = z.output<typeof OrderListQuery>;

export const OrderPage = named(pageOf(OrderSummary), 'OrderPage');
export type OrderPage = z.infer<typeof OrderPage>;

export const StatusCounts = named(
  z.record(StatusTab, z.int().check(z.nonnegative())),
  'StatusCounts',
  'Orders per status tab for the same filter, ignoring the status',
);
export type StatusCounts = z.infer<typeof StatusCounts>;

export const RevealedPhone = named(z.object({ phone: z.string() }), 'RevealedPhone');

export const SearchHit = named(
  z.object({
    kind: z.literal('order'),
    orderId: Id,
    number: z.string(),
    matched: z.enum(['number', 'waybill']),
  }),
  'SearchHit',
);
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchResult = named(z.object({ hits: z.array(SearchHit) }), 'SearchResult');
export type SearchResult = z.infer<typeof SearchResult>;
