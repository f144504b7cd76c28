import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

const CATALOGUE_PAGE = { page: 1, pageSize: 1000 } as const;

/**
 * The product categories, read from the catalogue's first 1,000 products (the contract has no
 * category list of its own; a chain's catalogue of a few hundred SKUs fits in one page).
 */
export function categoriesOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.products.list(CATALOGUE_PAGE),
    queryFn: ({ signal }) => backend.listProducts({ query: CATALOGUE_PAGE }, { signal }),
    staleTime: 10 * 60_000,
    select: (data) =>
      [...new Set(data.items.map((product) => product.category))].sort((a, b) =>
        a.localeCompare(b, 'zh-CN'),
      ),
  });
}

export function useCategories() {
  const backend = useBackend();
  return useQuery(categoriesOptions(backend));
}
