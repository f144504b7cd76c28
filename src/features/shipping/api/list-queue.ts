import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { OrderListQuery } from '@/api/contract/orders';
import { queryKeys } from '@/api/query-keys';
import type { Carrier } from '@/domain/waybill/carriers';

/** The warehouse queue: allocated orders waiting for a waybill, optionally for one carrier and location. */
export interface ShippingQueueQuery {
  carrier?: Carrier;
  /** Allocated to this location; every location in the user's scope when absent. */
  locationId?: string;
  sort: OrderListQuery['sort'];
  page: number;
  pageSize: number;
}

export function toOrderListQuery(query: ShippingQueueQuery): OrderListQuery {
  return {
    status: 'allocated',
    sort: query.sort,
    page: query.page,
    pageSize: query.pageSize,
    ...(query.carrier ? { carrier: [query.carrier] } : {}),
    ...(query.locationId ? { locationId: [query.locationId] } : {}),
  };
}

export function listShippingQueue(
  backend: Backend,
  query: ShippingQueueQuery,
  signal?: AbortSignal,
) {
  return backend.listOrders({ query: toOrderListQuery(query) }, { signal });
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
