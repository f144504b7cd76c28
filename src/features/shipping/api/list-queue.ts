import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { OrderListQuery } from '@/api/contract/orders';
import { queryKeys } from '@/api/query-keys';
import type { Carrier } from '@/domain/waybill/carriers';

/** The warehouse queue: allocated orders waiting for a waybill, optionally for one carrier. */
export interface ShippingQueueQuery {
  carrier?: Carrier;
  sort: OrderListQuery['sort'];
  page: number;
  pageSize: number;
}

export function toOrderListQuery(
  query: ShippingQueueQuery,
): OrderListQuery & { carrier?: Carrier } {
  return {
    status: 'allocated',
    sort: query.sort,
    page: query.page,
    pageSize: query.pageSize,
    carrier: query.carrier,
  };
}

export function listShippingQueue(
  backend: Backend,
  query: ShippingQueueQuery,
  signal?: AbortSignal,
) {
  // `carrier` travels as a query parameter of GET /orders; a backend that does not know it yet lists every carrier.
  const listQuery: OrderListQuery = toOrderListQuery(query);
  return backend.listOrders({ query: listQuery }, { signal });
}

export function shippingQueueOptions(backend: Backend, query: ShippingQueueQuery) {
  const listQuery = toOrderListQuery(query);
  return queryOptions({
    queryKey: queryKeys.orders.list(listQuery),
    queryFn: ({ signal }) => listShippingQueue(backend, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useShippingQueue(query: ShippingQueueQuery) {
  const backend = useBackend();
  return useQuery(shippingQueueOptions(backend, query));
}
