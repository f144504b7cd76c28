import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { OrderListQuery } from '@/api/contract/orders';
import { queryKeys } from '@/api/query-keys';

/** Orders shipped from the user's locations (or one of them), newest first, searched by order number or waybill. */
export interface ShippedQuery {
  locationId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export function toShippedListQuery(query: ShippedQuery): OrderListQuery {
  return {
    status: 'shipped',
    sort: '-placedAt',
    page: query.page,
    pageSize: query.pageSize,
    ...(query.locationId ? { locationId: [query.locationId] } : {}),
    ...(query.q ? { q: query.q } : {}),
  };
}

export function shippedOrdersOptions(backend: Backend, query: ShippedQuery) {
  const listQuery = toShippedListQuery(query);
  return queryOptions({
    queryKey: queryKeys.orders.list(listQuery),
    queryFn: ({ signal }) => backend.listOrders({ query: listQuery }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useShippedOrders(query: ShippedQuery) {
  const backend = useBackend();
  return useQuery(shippedOrdersOptions(backend, query));
}
