import { z } from 'zod/mini';
import {
  AnalyticsQuery,
  Breakdown,
  CarrierPerformance,
  Funnel,
  KpiSummary,
  ShipLatency,
  Trend,
} from './analytics';
import { DemoAccount, Session, SignInRequest } from './auth';
import {
  AddressChange,
  BulkRequest,
  BulkResult,
  NoteBody,
  OrderTransition,
  TagChange,
} from './order-commands';
import { fulfilmentEndpoints } from './fulfilment-endpoints';
import { inventoryEndpoints } from './inventory-endpoints';
import { trackingEndpoints } from './tracking-endpoints';
import { IdParams, ItemsOf, NoteParams, endpoint } from './endpoint';
import { Id, SearchText, pageOf, queryIntIn, queryList } from './common';
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
  ProductCategory,
  Store,
  Tag,
  TagCreate,
  TagUpdate,
} from './reference';

export type { Endpoint, HttpMethod } from './endpoint';

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
  listCategories: endpoint({
    method: 'GET',
    path: '/categories',
    summary: 'Product categories in catalogue order, with how many products each has',
    tag: 'reference',
    response: ItemsOf(ProductCategory),
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
  ...fulfilmentEndpoints,
  ...inventoryEndpoints,
  ...trackingEndpoints,
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
  analyticsFunnel: endpoint({
    method: 'GET',
    path: '/analytics/funnel',
    summary: 'How many orders placed in the period got to each step',
    tag: 'analytics',
    query: AnalyticsQuery,
    response: Funnel,
    errors: [403, 422],
  }),
  analyticsShipLatency: endpoint({
    method: 'GET',
    path: '/analytics/ship-latency',
    summary: 'Distribution of the time from payment to shipment',
    tag: 'analytics',
    query: AnalyticsQuery,
    response: ShipLatency,
    errors: [403, 422],
  }),
  analyticsCarriers: endpoint({
    method: 'GET',
    path: '/analytics/carriers',
    summary: 'Parcels, average transit days and exception rate per carrier',
    tag: 'analytics',
    query: AnalyticsQuery,
    response: CarrierPerformance,
    errors: [403, 422],
  }),
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
