import { z } from 'zod';
import { AnalyticsQuery, Breakdown, KpiSummary, Trend } from './analytics';
import { DemoAccount, Session, SignInRequest } from './auth';
import { Id, QueryInt, pageOf, queryList } from './common';
import {
  Order,
  OrderListQuery,
  OrderPage,
  RevealedPhone,
  SearchResult,
  StatusCounts,
} from './orders';
import { AuditEvent, Location, Product, StockLevel, StockStatus, Store, Tag } from './reference';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Endpoint<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
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
const ItemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

function endpoint<
  P extends z.ZodType = typeof NoParams,
  Q extends z.ZodType = typeof NoQuery,
  B extends z.ZodType = typeof NoBody,
  R extends z.ZodType = z.ZodType,
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

export const StockQuery = z
  .object({
    page: QueryInt.pipe(z.int().min(1)).default(1),
    pageSize: QueryInt.pipe(z.int().min(1).max(1000)).default(50),
    locationId: queryList(Id).optional(),
    category: queryList(z.string()).optional(),
    status: queryList(StockStatus).optional(),
    q: z.string().trim().max(100).optional(),
  })
  .meta({ id: 'StockQuery' });
export type StockQuery = z.input<typeof StockQuery>;

export const ProductQuery = z.object({
  page: QueryInt.pipe(z.int().min(1)).default(1),
  pageSize: QueryInt.pipe(z.int().min(1).max(1000)).default(50),
  category: queryList(z.string()).optional(),
  q: z.string().trim().max(100).optional(),
});
export type ProductQuery = z.input<typeof ProductQuery>;

export const AuditQuery = z.object({
  page: QueryInt.pipe(z.int().min(1)).default(1),
  pageSize: QueryInt.pipe(z.int().min(1).max(500)).default(50),
  entity: z.string().optional(),
  entityId: Id.optional(),
});
export type AuditQuery = z.input<typeof AuditQuery>;

export const BreakdownQuery = AnalyticsQuery.extend({ dimension: Breakdown.shape.dimension });
export type BreakdownQuery = z.input<typeof BreakdownQuery>;
export const TrendQuery = AnalyticsQuery.extend({ granularity: Trend.shape.granularity.default('day') });
export type TrendQuery = z.input<typeof TrendQuery>;

export const SearchQuery = z.object({ q: z.string().trim().min(1).max(100) });

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
  signOut: endpoint({ method: 'DELETE', path: '/session', summary: 'Sign out', tag: 'auth', response: null }),
  demoAccounts: endpoint({
    method: 'GET',
    path: '/demo-accounts',
    summary: 'Demo accounts offered on the sign-in page (404 on a production backend)',
    tag: 'auth',
    auth: false,
    response: ItemsOf(DemoAccount),
    errors: [404],
  }),
  listStores: endpoint({ method: 'GET', path: '/stores', summary: 'Stores in the caller\u2019s scope', tag: 'reference', response: ItemsOf(Store) }),
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
  listTags: endpoint({ method: 'GET', path: '/tags', summary: 'Order tags', tag: 'orders', response: ItemsOf(Tag) }),
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
    query: OrderListQuery.omit({ page: true, pageSize: true, sort: true, status: true }),
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
