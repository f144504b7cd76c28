import type { ReactNode } from 'react';
import { ErrorState } from '../states';
import { Pagination } from './pagination';

/** What a list page knows of its current page query (a TanStack `useQuery` result fits). */
export interface PageQueryResult<TRow> {
  data: { items: readonly TRow[]; total: number } | undefined;
  isPending: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * The `DataTable` props that follow from a page query: its rows, skeletons on the first load, the
 * overlay while the next page replaces a shown one, and the error with a retry.
 */
export function pageQueryTableProps<TRow>(query: PageQueryResult<TRow>): {
  data: readonly TRow[] | undefined;
  isLoading: boolean;
  isFetching: boolean;
  error: ReactNode;
} {
  return {
    data: query.data?.items,
    isLoading: query.isPending,
    isFetching: query.isFetching && query.isPlaceholderData,
    error: query.isError ? (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    ) : undefined,
  };
}

interface ListPaginationProps {
  /** The page and page size the list shows (from the URL). */
  state: { page: number; pageSize: number };
  /** The list's total; undefined until the first page has arrived. */
  total: number | undefined;
  onChange: (patch: { page: number } | { pageSize: number }) => void;
}

/** The pagination under a list page's table: absent until the first page arrives and when nothing matched. */
export function ListPagination({ state, total, onChange }: ListPaginationProps) {
  if (total === undefined || total <= 0) return null;
  return (
    <Pagination
      page={state.page}
      pageSize={state.pageSize}
      total={total}
      onPageChange={(page) => onChange({ page })}
      onPageSizeChange={(pageSize) => onChange({ pageSize })}
    />
  );
}

/** The number of matching rows beside a list page's title, announced as it changes. */
export function ListCount({ children }: { children: ReactNode }) {
  return (
    <span className="text-sm text-slate-600" aria-live="polite">
      {children}
    </span>
  );
}
