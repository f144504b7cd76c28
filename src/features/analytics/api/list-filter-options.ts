import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

/** The stores in the caller's scope (the backend narrows them), shared with the other lists' cache. */
export function storeOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.stores.list(),
    queryFn: ({ signal }) => backend.listStores({}, { signal }),
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}

/** The product categories' names in catalogue order: they change with the catalogue, rarely. */
export function categoryOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.products.categories(),
    queryFn: ({ signal }) => backend.listCategories({}, { signal }),
    staleTime: 10 * 60_000,
    select: (data) => data.items.map((category) => category.name),
  });
}

export function useScopeStores() {
  const backend = useBackend();
  return useQuery(storeOptions(backend));
}

export function useCategoryNames() {
  const backend = useBackend();
  return useQuery(categoryOptions(backend));
}
