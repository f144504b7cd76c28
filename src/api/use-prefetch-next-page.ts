import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Backend } from './backend';
import { useBackend } from './backend-context';

interface ShownPage {
  isSuccess: boolean;
  isPlaceholderData: boolean;
}

interface PagePosition {
  /** The page shown now, 1-based. */
  page: number;
  /** How many pages there are. */
  pages: number;
}

/**
 * The next page is usually where the user goes: once the page asked for has arrived and there is
 * a next one, fetch it ahead. `query` must keep its identity while it is the same (memoize it).
 */
export function usePrefetchNextPage<
  TQuery extends object,
  TQueryFnData,
  TError,
  TData,
  TQueryKey extends QueryKey,
>(
  shown: ShownPage,
  query: TQuery,
  { page, pages }: PagePosition,
  optionsOf: (
    backend: Backend,
    query: TQuery,
  ) => FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const hasNext = shown.isSuccess && !shown.isPlaceholderData && page < pages;
  useEffect(() => {
    if (hasNext) void queryClient.prefetchQuery(optionsOf(backend, { ...query, page: page + 1 }));
  }, [hasNext, query, page, optionsOf, backend, queryClient]);
}
