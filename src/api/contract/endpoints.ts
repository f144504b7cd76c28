import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { AnalyticsQuery, Breakdown, KpiSummary, Trend } from './analytics';
import { DemoAccount, Session, SignInRequest } from './auth';
import {
  AddressChange,
  BulkRequest,
  BulkResult,
  NoteBody,
  OrderTransition,
  TagChange,
} from './order-commands';
import {
  AllocationCandidate,
  AllocationQuery,
  AllocationRequest,
  BulkAllocationRequest,
  CarrierRuleSet,
  CarrierRuleSetUpdate,
  DeallocationRequest,
  PickList,
  PickListQuery,
  WaybillBatch,
  WaybillBatchResult,
  WaybillCorrection,
} from './fulfilment';
import { Id, SearchText, named, pageOf, queryIntIn, queryList } from './common';
import {
  Order,
  OrderFilterQuery,
  OrderListQuery,
  OrderPage,
  RevealedPhone,
  SearchResult,
  StatusCounts,
} from './orders';
import {
  AuditEvent,
  Location,
  Product,
  StockLevel,
  StockStatus,
  Store,
  Tag,
  TagCreate,
  TagUpdate,
} from './reference';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Endpoint<
  Params extends $ZodType = $ZodType,
  Query extends $ZodType = $ZodType,
  Body extends $ZodType = $ZodType,
  Response extends $ZodType = $ZodType,
> {
  method: HttpMethod;
  /** Path below the API base, with {name} placeholders filled from params. */
  path: string;
  summary: string;
  tag: string;
  auth: boolean;
  params: Params;
  query: Query;
  body: Body;
  /** null: the endpoint answers 204 No Content. */
  response: Response | null;
  /** Statuses other than success this endpoint documents (problem+json). */
  errors: readonly number[];
}

const NoParams = z.object({});
const NoQuery = z.object({});
const NoBody = z.undefined();
const IdParams = z.object({ id: Id });
const NoteParams = z.object({ id: Id, noteId: Id });
const ItemsOf = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item) });

function endpoint<
  P extends $ZodType = typeof NoParams,
  Q extends $ZodType = typeof NoQuery,
  B extends $ZodType = typeof NoBody,
  R extends $ZodType = $ZodType,
>(def: {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  auth?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  response: R | null;
  errors?: readonly number[];
}): Endpoint<P, Q, B, R> {
  return {
    auth: true,
    errors: [],
    ...def,
    params: (def.params ?? NoParams) as P,
    query: (def.query ?? NoQuery) as Q,
    body: (def.body ?? NoBody) as B,
  };
}

export const StockQuery = named(
  z.object({
    page: queryIntIn(1, Number.MAX_SAFE_INTEGER, 1),
    pageSize: queryIntIn(1, 1000, 50),
    locationId: z.optional(queryList(Id)),
    category: z.optional(queryList(z.string())),
    status: z.optional(queryList(StockStatus)),
    q: z.optional(SearchText),
  }),
  'StockQuery',
);
export type StockQuery = z.input<typeof StockQuery>;

export const ProductQuery = z.object({
  page: queryIntIn(1, Number.MAX_SAFE_INTEGER, 1),
  pageSize: queryIntIn(1, 1000, 50),
  category: z.optional(queryList(z.string())),
  q: z.optional(SearchText),
});
export type ProductQuery = z.input<typeof ProductQuery>;

export const AuditQuery = z.object({
  page: queryIntIn(1, Number.MAX_SAFE_INTEGER, 1),
  pageSize: queryIntIn(1, 500, 50),
  entity: z.optional(z.string()),
  entityId: z.optional(Id),
});
export type AuditQuery = z.input<typeof AuditQuery>;

export const BreakdownQuery = z.extend(AnalyticsQuery, { dimension: Breakdown.shape.dimension });
export type BreakdownQuery = z.input<typeof BreakdownQuery>;
export const TrendQuery = z.extend(AnalyticsQuery, {
  granularity: z._default(Trend.shape.granularity, 'day'),
});
export type TrendQuery = z.input<typeof TrendQuery>;

export const SearchQuery = z.object({ q: SearchText.check(z.minLength(1)) });

/** Every operation of the REST contract. The REST client, the mock backend and the OpenAPI document all read this. */
export const endpoints = {
  signIn: endpoint({
    method: 'POST',
    path: '/session',
    summary: 'Sign in and receive a bearer token',
    tag: 'auth',
    auth: false,
    body: SignInRequest,
    response: Session,
    errors: [401, 422],
  }),
  currentSession: endpoint({
    method: 'GET',
    path: '/session',
    summary: 'The signed-in user of this token',
    tag: 'auth',
    response: Session,
    errors: [401],
  }),
  signOut: endpoint({
    method: 'DELETE',
    path: '/session',
    summary: 'Sign out',
    tag: 'auth',
    response: null,
  }),
  demoAccounts: endpoint({
    method: 'GET',
    path: '/demo-accounts',
    summary: 'Demo accounts offered on the sign-in page (404 on a production backend)',
    tag: 'auth',
    auth: false,
    response: ItemsOf(DemoAccount),
    errors: [404],
  }),
  listStores: endpoint({
    method: 'GET',
    path: '/stores',
    summary: 'Stores in the caller\u2019s scope',
    tag: 'reference',
    response: ItemsOf(Store),
  }),
  listLocations: endpoint({
    method: 'GET',
    path: '/locations',
    summary: 'Warehouses and shipping stores',
    tag: 'reference',
    response: ItemsOf(Location),
  }),
  listProducts: endpoint({
    method: 'GET',
    path: '/products',
    summary: 'Products, paged',
    tag: 'reference',
    query: ProductQuery,
    response: pageOf(Product),
  }),
  listStock: endpoint({
    method: 'GET',
    path: '/stock',
    summary: 'Stock levels per SKU and location in the caller\u2019s scope',
    tag: 'inventory',
    query: StockQuery,
    response: pageOf(StockLevel),
    errors: [422],
  }),
  listTags: endpoint({
    method: 'GET',
    path: '/tags',
    summary: 'Order tags',
    tag: 'orders',
    response: ItemsOf(Tag),
  }),
  createTag: endpoint({
    method: 'POST',
    path: '/tags',
    summary: 'Create a tag (managers and admins); 409 when the name is taken',
    tag: 'orders',
    body: TagCreate,
    response: Tag,
    errors: [403, 409, 422],
  }),
  updateTag: endpoint({
    method: 'PATCH',
    path: '/tags/{id}',
    summary: 'Rename or recolour a tag (managers and admins)',
    tag: 'orders',
    params: IdParams,
    body: TagUpdate,
    response: Tag,
    errors: [403, 404, 409, 422],
  }),
  deleteTag: endpoint({
    method: 'DELETE',
    path: '/tags/{id}',
    summary: 'Delete a tag and take it off every order (managers and admins)',
    tag: 'orders',
    params: IdParams,
    response: null,
    errors: [403, 404],
  }),
  listOrders: endpoint({
    method: 'GET',
    path: '/orders',
    summary: 'Orders in scope matching a filter, one page',
    tag: 'orders',
    query: OrderListQuery,
    response: OrderPage,
    errors: [422],
  }),
  orderCounts: endpoint({
    method: 'GET',
    path: '/orders/counts',
    summary: 'Order count per status tab for a filter',
    tag: 'orders',
    query: OrderFilterQuery,
    response: StatusCounts,
    errors: [422],
  }),
  getOrder: endpoint({
    method: 'GET',
    path: '/orders/{id}',
    summary: 'One order with lines, shipments, notes and timeline',
    tag: 'orders',
    params: IdParams,
    response: Order,
    errors: [403, 404],
  }),
  revealPhone: endpoint({
    method: 'POST',
    path: '/orders/{id}/reveal-phone',
    summary: 'The customer\u2019s full phone number; recorded in the timeline',
    tag: 'orders',
    params: IdParams,
    response: RevealedPhone,
    errors: [403, 404],
  }),
  transitionOrder: endpoint({
    method: 'POST',
    path: '/orders/{id}/transitions',
    summary:
      'Approve, hold, release, reject or cancel; 409 when the version is stale or the state has moved on',
    tag: 'orders',
    params: IdParams,
    body: OrderTransition,
    response: Order,
    errors: [403, 404, 409, 422],
  }),
  updateAddress: endpoint({
    method: 'PUT',
    path: '/orders/{id}/address',
    summary: 'Correct the shipping address before the order ships; recorded in the timeline',
    tag: 'orders',
    params: IdParams,
    body: AddressChange,
    response: Order,
    errors: [403, 404, 409, 422],
  }),
  changeOrderTags: endpoint({
    method: 'POST',
    path: '/orders/{id}/tags',
    summary: 'Add and remove tags on one order',
    tag: 'orders',
    params: IdParams,
    body: TagChange,
    response: Order,
    errors: [403, 404, 422],
  }),
  addNote: endpoint({
    method: 'POST',
    path: '/orders/{id}/notes',
    summary: 'Add an internal note',
    tag: 'orders',
    params: IdParams,
    body: NoteBody,
    response: Order,
    errors: [403, 404, 422],
  }),
  editNote: endpoint({
    method: 'PUT',
    path: '/orders/{id}/notes/{noteId}',
    summary: 'Edit one of your own notes',
    tag: 'orders',
    params: NoteParams,
    body: NoteBody,
    response: Order,
    errors: [403, 404, 422],
  }),
  deleteNote: endpoint({
    method: 'DELETE',
    path: '/orders/{id}/notes/{noteId}',
    summary: 'Delete one of your own notes',
    tag: 'orders',
    params: NoteParams,
    response: Order,
    errors: [403, 404],
  }),
  bulkOrders: endpoint({
    method: 'POST',
    path: '/orders/bulk',
    summary:
      'Apply one action to ticked orders or to every order matching a filter; answers per order. Send an Idempotency-Key: a replay returns the first answer',
    tag: 'orders',
    body: BulkRequest,
    response: BulkResult,
    errors: [403, 422],
  }),
  getCarrierRules: endpoint({
    method: 'GET',
    path: '/carrier-rules',
    summary: 'The rules that pick a carrier by destination region and parcel weight',
    tag: 'fulfilment',
    response: CarrierRuleSet,
  }),
  updateCarrierRules: endpoint({
    method: 'PUT',
    path: '/carrier-rules',
    summary: 'Replace the carrier rules (managers and admins)',
    tag: 'fulfilment',
    body: CarrierRuleSetUpdate,
    response: CarrierRuleSet,
    errors: [403, 409, 422],
  }),
  listAllocationCandidates: endpoint({
    method: 'GET',
    path: '/allocation/candidates',
    summary:
      'Approved orders waiting for a location, each with a suggested location and carrier or the reason none can fulfil it',
    tag: 'fulfilment',
    query: AllocationQuery,
    response: pageOf(AllocationCandidate),
    errors: [403, 422],
  }),
  allocateOrder: endpoint({
    method: 'POST',
    path: '/orders/{id}/allocation',
    summary: 'Allocate an approved order to a location and carrier, reserving its stock',
    tag: 'fulfilment',
    params: IdParams,
    body: AllocationRequest,
    response: Order,
    errors: [403, 404, 409, 422],
  }),
  deallocateOrder: endpoint({
    method: 'POST',
    path: '/orders/{id}/deallocation',
    summary: 'Return an allocated order to approved, releasing its stock',
    tag: 'fulfilment',
    params: IdParams,
    body: DeallocationRequest,
    response: Order,
    errors: [403, 404, 409],
  }),
  allocateOrders: endpoint({
    method: 'POST',
    path: '/allocations',
    summary:
      'Allocate many orders; each is reserved atomically and answered on its own. Send an Idempotency-Key: a replay returns the first answer',
    tag: 'fulfilment',
    body: BulkAllocationRequest,
    response: BulkResult,
    errors: [403, 422],
  }),
  getPickList: endpoint({
    method: 'GET',
    path: '/pick-list',
    summary: 'Pick list (by SKU) and packing slips for the allocated orders of a location',
    tag: 'fulfilment',
    query: PickListQuery,
    response: PickList,
    errors: [403, 404, 422],
  }),
  checkWaybills: endpoint({
    method: 'POST',
    path: '/waybills/check',
    summary:
      'Check waybill rows without saving: number format, numbers already used, and the order still waiting to ship from your location',
    tag: 'fulfilment',
    body: WaybillBatch,
    response: WaybillBatchResult,
    errors: [403, 422],
  }),
  shipWaybills: endpoint({
    method: 'POST',
    path: '/waybills/commit',
    summary:
      'Ship every row without an error: creates the shipment, turns the reservation into a deduction. Send an Idempotency-Key: a replay ships nothing twice',
    tag: 'fulfilment',
    body: WaybillBatch,
    response: WaybillBatchResult,
    errors: [403, 422],
  }),
  correctWaybill: endpoint({
    method: 'PUT',
    path: '/orders/{id}/shipment/waybill',
    summary: 'Correct the waybill of a shipped order, with a reason',
    tag: 'fulfilment',
    params: IdParams,
    body: WaybillCorrection,
    response: Order,
    errors: [403, 404, 409, 422],
  }),
  search: endpoint({
    method: 'GET',
    path: '/search',
    summary: 'Find orders by exact order number or waybill number',
    tag: 'orders',
    query: SearchQuery,
    response: SearchResult,
    errors: [422],
  }),
  listAuditEvents: endpoint({
    method: 'GET',
    path: '/audit-events',
    summary: 'Audit trail (admin)',
    tag: 'admin',
    query: AuditQuery,
    response: pageOf(AuditEvent),
    errors: [403],
  }),
  analyticsKpis: endpoint({
    method: 'GET',
    path: '/analytics/kpis',
    summary: 'KPI values for a period and the period before it',
    tag: 'analytics',
    query: AnalyticsQuery,
    response: KpiSummary,
    errors: [403, 422],
  }),
  analyticsBreakdown: endpoint({
    method: 'GET',
    path: '/analytics/breakdown',
    summary: 'Orders and GMV grouped by one dimension',
    tag: 'analytics',
    query: BreakdownQuery,
    response: Breakdown,
    errors: [403, 422],
  }),
  analyticsTrend: endpoint({
    method: 'GET',
    path: '/analytics/trend',
    summary: 'Orders and GMV per day or week, with the previous period',
    tag: 'analytics',
    query: TrendQuery,
    response: Trend,
    errors: [403, 422],
  }),
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
