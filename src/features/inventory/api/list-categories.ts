import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

/** The product categories, in catalogue order: they change with the catalogue, rarely. */
export function categoriesOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.products.categories(),
    queryFn: ({ signal }) => backend.listCategories({}, { signal }),
    staleTime: 10 * 60_000,
    select: (data) => data.items.map((category) => category.name),
  });
}

export function useCategories() {
  const backend = useBackend();
  return useQuery(categoriesOptions(backend));
}
