import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PAGE_SIZES } from '@/api/contract/orders';

/** A whole number from 1 up, or the fallback: a hand-edited URL does not fail the page. */
function positiveIntParam(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** One of the page sizes the server accepts, or the fallback. */
function pageSizeParam(value: string | null, fallback: number): number {
  const pageSize = positiveIntParam(value, fallback);
  return (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : fallback;
}

/** The page and page size of a list's URL, each falling back to the list's default. */
export function pagingParams(
  params: URLSearchParams,
  defaults: { page: number; pageSize: number },
): { page: number; pageSize: number } {
  return {
    page: positiveIntParam(params.get('page'), defaults.page),
    pageSize: pageSizeParam(params.get('pageSize'), defaults.pageSize),
  };
}

/** The search text as the server takes it: trimmed, at most 100 characters. */
export function searchTextParam(value: string | null): string {
  return (value ?? '').trim().slice(0, 100);
}

/** Only values that differ from the defaults go into the URL, so links stay short. */
export function toListParams<TState extends object>(
  state: TState,
  defaults: TState,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(defaults) as (keyof TState)[]) {
    const value: unknown = state[key];
    // Lists travel as one comma-separated value; an empty list is the same as none.
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(String(key), value.join(','));
    } else if (value !== defaults[key] && value !== '') params.set(String(key), String(value));
  }
  return params;
}

/**
 * A list's filters, sort and page, read from and written to the URL. Every change is a history
 * entry so Back returns to the previous view; a change of anything but the page starts again at
 * page 1. `parse` and `serialize` must keep their identity (module-level functions do).
 */
export function useUrlListState<TState extends { page: number }>(
  parse: (params: URLSearchParams) => TState,
  serialize: (state: TState) => URLSearchParams,
) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parse(params), [parse, params]);

  const update = useCallback(
    (patch: Partial<TState>) => {
      setParams((current) => {
        const next = { ...parse(current), ...patch };
        if (!('page' in patch)) next.page = 1;
        return serialize(next);
      });
    },
    [setParams, parse, serialize],
  );

  /** Replaces the whole state, computed from the current one (clearing filters). */
  const replace = useCallback(
    (next: (current: TState) => TState) => {
      setParams((current) => serialize(next(parse(current))));
    },
    [setParams, parse, serialize],
  );

  return { state, update, replace };
}
