import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useBackend } from '@/api/backend-context';
import type { OrderListQuery } from '@/api/contract/orders';
import { queryKeys } from '@/api/query-keys';
import { useCurrentUser } from '@/api/session-store';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';

/** The grid shows at most one page this long: a day's work at a busy warehouse. */
export const GRID_PAGE_SIZE = 1000;

export interface GridFilters {
  carrier: Carrier | '';
  storeId: string;
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCarrier(value: string | null): value is Carrier {
  return (CARRIERS as readonly (string | null)[]).includes(value);
}

/** The grid's filters, kept in the URL next to the mode. */
export function useGridFilters() {
  const [params, setParams] = useSearchParams();
  const filters: GridFilters = {
    carrier: isCarrier(params.get('carrier')) ? (params.get('carrier') as Carrier) : '',
    storeId: params.get('store') ?? '',
    from: DATE.test(params.get('from') ?? '') ? (params.get('from') ?? '') : '',
    to: DATE.test(params.get('to') ?? '') ? (params.get('to') ?? '') : '',
  };
  const update = (patch: Partial<GridFilters>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        const names: Record<keyof GridFilters, string> = {
          carrier: 'carrier',
          storeId: 'store',
          from: 'from',
          to: 'to',
        };
        for (const [key, value] of Object.entries(patch) as [keyof GridFilters, string][]) {
          if (value) next.set(names[key], value);
          else next.delete(names[key]);
        }
        return next;
      },
      { replace: true },
    );
  return { filters, update };
}

/** My warehouse's orders waiting for a waybill, oldest first so the oldest ship first. */
export function useGridOrders(filters: GridFilters) {
  const backend = useBackend();
  const user = useCurrentUser();
  const locationIds = user?.locationIds;
  const query = useMemo<OrderListQuery>(
    () => ({
      status: 'allocated',
      sort: 'placedAt',
      page: 1,
      pageSize: GRID_PAGE_SIZE,
      ...(locationIds && locationIds.length > 0 ? { locationId: [...locationIds] } : {}),
      ...(filters.carrier ? { carrier: [filters.carrier] } : {}),
      ...(filters.storeId ? { storeId: [filters.storeId] } : {}),
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
    }),
    [locationIds, filters.carrier, filters.storeId, filters.from, filters.to],
  );
  return useQuery({
    queryKey: queryKeys.orders.list(query),
    queryFn: ({ signal }) => backend.listOrders({ query }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useStoreOptions() {
  const backend = useBackend();
  return useQuery({
    queryKey: queryKeys.stores.list(),
    queryFn: ({ signal }) => backend.listStores({}, { signal }),
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}
