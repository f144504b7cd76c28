import type { AnalyticsQuery } from './contract/analytics';
import type { BreakdownQuery, ProductQuery, TrendQuery } from './contract/endpoints';
import type { AlertQuery, ReplenishmentQuery, StockQuery } from './contract/inventory';
import type { OrderListQuery } from './contract/orders';
import type { ExceptionQueueQuery } from './contract/tracking';

/** Filters of the order list without paging and sort: what the status-tab counts depend on. */
export type OrderCountsQuery = Omit<OrderListQuery, 'page' | 'pageSize' | 'sort' | 'status'>;

/**
 * Query-key factories. Every key of an area starts with that area's `all`, so invalidating
 * `orders.all` refreshes lists, counts and details; `orders.lists()` only the lists.
 */
export const queryKeys = {
  orders: {
    all: ['orders'] as const,
    lists: () => [...queryKeys.orders.all, 'list'] as const,
    list: (query: OrderListQuery) => [...queryKeys.orders.lists(), query] as const,
    counts: (query: OrderCountsQuery) => [...queryKeys.orders.all, 'counts', query] as const,
    details: () => [...queryKeys.orders.all, 'detail'] as const,
    detail: (id: string) => [...queryKeys.orders.details(), id] as const,
  },
  search: {
    all: ['search'] as const,
    query: (q: string) => [...queryKeys.search.all, q] as const,
  },
  stock: {
    all: ['stock'] as const,
    lists: () => [...queryKeys.stock.all, 'list'] as const,
    list: (query: StockQuery) => [...queryKeys.stock.lists(), query] as const,
    level: (locationId: string, productId: string) =>
      [...queryKeys.stock.all, 'level', locationId, productId] as const,
    changes: (locationId: string, productId: string) =>
      [...queryKeys.stock.all, 'changes', locationId, productId] as const,
    replenishment: (query: ReplenishmentQuery) =>
      [...queryKeys.stock.all, 'replenishment', query] as const,
  },
  /** Alerts follow stock: anything that changes stock invalidates both. */
  alerts: {
    all: ['alerts'] as const,
    lists: () => [...queryKeys.alerts.all, 'list'] as const,
    list: (query: AlertQuery) => [...queryKeys.alerts.lists(), query] as const,
    summary: () => [...queryKeys.alerts.all, 'summary'] as const,
  },
  products: {
    all: ['products'] as const,
    list: (query: ProductQuery) => [...queryKeys.products.all, 'list', query] as const,
    categories: () => [...queryKeys.products.all, 'categories'] as const,
  },
  tags: {
    all: ['tags'] as const,
    list: () => [...queryKeys.tags.all, 'list'] as const,
  },
  stores: {
    all: ['stores'] as const,
    list: () => [...queryKeys.stores.all, 'list'] as const,
  },
  locations: {
    all: ['locations'] as const,
    list: () => [...queryKeys.locations.all, 'list'] as const,
  },
  analytics: {
    all: ['analytics'] as const,
    kpis: (query: AnalyticsQuery) => [...queryKeys.analytics.all, 'kpis', query] as const,
    breakdown: (query: BreakdownQuery) => [...queryKeys.analytics.all, 'breakdown', query] as const,
    trend: (query: TrendQuery) => [...queryKeys.analytics.all, 'trend', query] as const,
    funnel: (query: AnalyticsQuery) => [...queryKeys.analytics.all, 'funnel', query] as const,
    shipLatency: (query: AnalyticsQuery) =>
      [...queryKeys.analytics.all, 'ship-latency', query] as const,
    carriers: (query: AnalyticsQuery) => [...queryKeys.analytics.all, 'carriers', query] as const,
  },
  audit: {
    all: ['audit'] as const,
  },
  /** The exceptions queue and its badge; anything that changes an order's parcels invalidates it. */
  tracking: {
    all: ['tracking'] as const,
    exceptions: (query: ExceptionQueueQuery) =>
      [...queryKeys.tracking.all, 'exceptions', query] as const,
    count: () => [...queryKeys.tracking.all, 'count'] as const,
  },
  notifications: {
    all: ['notifications'] as const,
    templates: () => [...queryKeys.notifications.all, 'templates'] as const,
    log: (orderId: string) => [...queryKeys.notifications.all, 'log', orderId] as const,
  },
} as const;
