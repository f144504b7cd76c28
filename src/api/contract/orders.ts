import { z } from 'zod';
import { CANCEL_REASONS, HOLD_REASONS, ORDER_STATUSES, STATUS_TABS } from '@/domain/order/status';
import {
  ActorRef,
  DateOnly,
  Id,
  Money,
  QueryBool,
  QueryInt,
  Region,
  Timestamp,
  Version,
  pageOf,
  queryList,
} from './common';
import { Carrier } from './reference';
import { Shipment } from './shipments';

export const OrderStatus = z.enum(ORDER_STATUSES).meta({ id: 'OrderStatus' });
export const StatusTab = z.enum(STATUS_TABS);
export const HoldReason = z.enum(HOLD_REASONS).meta({ id: 'HoldReason' });
export const CancelReason = z.enum(CANCEL_REASONS).meta({ id: 'CancelReason' });
export const PaymentStatus = z.enum(['unpaid', 'paid', 'partially_refunded', 'refunded']).meta({ id: 'PaymentStatus' });
export const PaymentMethod = z.enum(['wechat_pay', 'alipay', 'unionpay', 'card', 'cash']);

export const Address = z
  .object({
    recipient: z.string().min(1).max(40),
    phone: z.string().min(1).max(20),
    province: z.string().min(1),
    city: z.string().min(1),
    district: z.string().min(1),
    detail: z.string().min(1).max(200),
    postalCode: z.string().optional(),
  })
  .meta({ id: 'Address' });
export type Address = z.infer<typeof Address>;

export const Customer = z
  .object({
    id: Id,
    name: z.string(),
    /** Masked unless the caller revealed it, e.g. 138****5678. */
    phone: z.string(),
    email: z.string().nullable(),
    phoneMasked: z.boolean(),
  })
  .meta({ id: 'Customer' });
export type Customer = z.infer<typeof Customer>;

export const OrderLine = z
  .object({
    id: Id,
    productId: Id,
    sku: z.string(),
    name: z.string(),
    quantity: z.int().positive(),
    unitPrice: Money,
    total: Money,
  })
  .meta({ id: 'OrderLine' });
export type OrderLine = z.infer<typeof OrderLine>;

export const Totals = z
  .object({ subtotal: Money, shipping: Money, discount: Money, total: Money })
  .meta({ id: 'Totals' });

export const Payment = z
  .object({
    status: PaymentStatus,
    method: PaymentMethod.nullable(),
    paidAt: Timestamp.nullable(),
    amount: Money,
    transactionId: z.string().nullable(),
  })
  .meta({ id: 'Payment' });

export const Hold = z
  .object({ reason: HoldReason, note: z.string(), until: Timestamp.nullable(), by: ActorRef.nullable(), at: Timestamp })
  .meta({ id: 'Hold' });

export const Allocation = z
  .object({ locationId: Id, locationName: z.string(), carrier: Carrier, allocatedAt: Timestamp })
  .meta({ id: 'Allocation' });

export const Note = z
  .object({
    id: Id,
    author: ActorRef,
    body: z.string().min(1).max(2000),
    createdAt: Timestamp,
    updatedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Note' });
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
] as const;

export const TimelineEvent = z
  .object({
    id: Id,
    at: Timestamp,
    kind: z.enum(TIMELINE_KINDS),
    actor: ActorRef.nullable(),
    /** Parameters of the event's sentence (reason, tag name, waybill...), rendered by the UI in the user's language. */
    data: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const RiskFlag = z.enum([
  'high_amount',
  'first_order_high_amount',
  'incomplete_address',
  'repeat_phone_24h',
  'phone_region_mismatch',
]);

export const Order = z
  .object({
    id: Id,
    number: z.string(),
    storeId: Id,
    storeName: z.string(),
    region: Region,
    timeZone: z.string(),
    placedAt: Timestamp,
    paidAt: Timestamp.nullable(),
    status: OrderStatus,
    customer: Customer,
    lines: z.array(OrderLine).min(1),
    totals: Totals,
    payment: Payment,
    shippingAddress: Address,
    customerNote: z.string(),
    hold: Hold.nullable(),
    cancellation: z.object({ reason: CancelReason, note: z.string(), at: Timestamp }).nullable(),
    tagIds: z.array(Id),
    notes: z.array(Note),
    riskFlags: z.array(RiskFlag),
    allocation: Allocation.nullable(),
    shipments: z.array(Shipment),
    timeline: z.array(TimelineEvent),
    version: Version,
    updatedAt: Timestamp,
    updatedBy: ActorRef.nullable(),
  })
  .meta({ id: 'Order' });
export type Order = z.infer<typeof Order>;

export const OrderSummary = z
  .object({
    id: Id,
    number: z.string(),
    storeId: Id,
    storeName: z.string(),
    region: Region,
    timeZone: z.string(),
    placedAt: Timestamp,
    customerName: z.string(),
    customerPhone: z.string().meta({ description: 'Always masked in lists' }),
    firstItemName: z.string(),
    lineCount: z.int().positive(),
    quantity: z.int().positive(),
    total: Money,
    status: OrderStatus,
    paymentStatus: PaymentStatus,
    tagIds: z.array(Id),
    carrier: Carrier.nullable(),
    waybill: z.string().nullable(),
    hasException: z.boolean(),
    riskFlags: z.array(RiskFlag),
    version: Version,
  })
  .meta({ id: 'OrderSummary' });
export type OrderSummary = z.infer<typeof OrderSummary>;

export const ORDER_SORTS = ['placedAt', '-placedAt', 'total', '-total', 'status', '-status'] as const;
export const PAGE_SIZES = [50, 100, 500, 1000] as const;

export const OrderListQuery = z
  .object({
    page: QueryInt.pipe(z.int().min(1)).default(1),
    pageSize: QueryInt.pipe(z.int().min(1).max(1000)).default(50),
    sort: z.enum(ORDER_SORTS).default('-placedAt'),
    status: StatusTab.default('all'),
    storeId: queryList(Id).optional(),
    region: queryList(Region).optional(),
    from: DateOnly.optional().meta({ description: 'First day placed, inclusive, in the store time zone' }),
    to: DateOnly.optional().meta({ description: 'Last day placed, inclusive' }),
    paymentStatus: queryList(PaymentStatus).optional(),
    tags: queryList(Id).optional(),
    tagMode: z.enum(['any', 'all']).default('any'),
    hasException: QueryBool.optional(),
    minTotal: QueryInt.optional().meta({ description: 'Fen, inclusive' }),
    maxTotal: QueryInt.optional().meta({ description: 'Fen, inclusive' }),
    q: z.string().trim().max(100).optional().meta({
      description: 'Order number, customer name, phone (full or last 4 digits) or waybill',
    }),
  })
  .meta({ id: 'OrderListQuery' });
export type OrderListQuery = z.input<typeof OrderListQuery>;
export type OrderListParams = z.output<typeof OrderListQuery>;

export const OrderPage = pageOf(OrderSummary).meta({ id: 'OrderPage' });
export type OrderPage = z.infer<typeof OrderPage>;

export const StatusCounts = z
  .record(StatusTab, z.int().nonnegative())
  .meta({ id: 'StatusCounts', description: 'Orders per status tab for the same filter, ignoring the status' });
export type StatusCounts = z.infer<typeof StatusCounts>;

export const RevealedPhone = z.object({ phone: z.string() }).meta({ id: 'RevealedPhone' });

export const SearchHit = z
  .object({ kind: z.literal('order'), orderId: Id, number: z.string(), matched: z.enum(['number', 'waybill']) })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchResult = z.object({ hits: z.array(SearchHit) }).meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResult>;
