import { useId } from 'react';
import { formatNumber } from '@/lib/format';
import { useTableTranslation } from './messages';

export const DEFAULT_PAGE_SIZES = [50, 100, 500, 1000] as const;

export interface PaginationProps {
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  onPageSizeChange?: (pageSize: number) => void;
  pageSizes?: readonly number[];
  /** Names the navigation landmark when a page has more than one pager. */
  label?: string;
  disabled?: boolean;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

function PagerButton({
  label,
  onClick,
  disabled,
  path,
}: {
  label: string;
  onClick: () => void;
  disabled: boolean;
  path: string;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
      className="inline-flex h-7 w-7 items-center justify-center rounded border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600 disabled:cursor-not-allowed disabled:opacity-40"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="h-3.5 w-3.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
      >
        <path d={path} strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </button>
  );
}

/** Page x of y, the total, a page-size choice and first/previous/next/last buttons. */
export function Pagination({
  page,
  pageSize,
  total,
  onPageChange,
  onPageSizeChange,
  pageSizes = DEFAULT_PAGE_SIZES,
  label,
  disabled = false,
}: PaginationProps) {
  const { t, i18n } = useTableTranslation();
  const sizeId = useId();
  const pages = pageCount(total, pageSize);
  const current = Math.min(Math.max(1, page), pages);
  const from = total === 0 ? 0 : (current - 1) * pageSize + 1;
  const to = Math.min(total, current * pageSize);
  const locale = i18n.language;
  const atStart = disabled || current <= 1;
  const atEnd = disabled || current >= pages;

  return (
    <nav
      aria-label={label ?? t('pagination')}
      className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm text-slate-600"
    >
      <p>
        {t('total', { total: formatNumber(total, locale) })}
        {total > 0 && (
          <span className="ml-2 text-slate-500">
            {t('range', { from: formatNumber(from, locale), to: formatNumber(to, locale) })}
          </span>
        )}
      </p>
      <div className="flex items-center gap-3">
        {onPageSizeChange && (
          <div className="flex items-center gap-2">
            <label htmlFor={sizeId}>{t('pageSize')}</label>
            <select
              id={sizeId}
              value={pageSize}
              disabled={disabled}
              onChange={(event) => onPageSizeChange(Number(event.target.value))}
              className="h-7 rounded border border-slate-300 bg-white px-1.5 text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
            >
              {pageSizes.map((size) => (
                <option key={size} value={size}>
                  {t('pageSizeOption', { size })}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="flex items-center gap-1">
          <PagerButton
            label={t('first')}
            disabled={atStart}
            onClick={() => onPageChange(1)}
            path="M11 4 7 8l4 4M5 4v8"
          />
          <PagerButton
            label={t('previous')}
            disabled={atStart}
            onClick={() => onPageChange(current - 1)}
            path="M10 4 6 8l4 4"
          />
          <span className="min-w-[6rem] px-1 text-center tabular-nums" aria-live="polite">
            {t('pageOf', {
              page: formatNumber(current, locale),
              pages: formatNumber(pages, locale),
            })}
          </span>
          <PagerButton
            label={t('next')}
            disabled={atEnd}
            onClick={() => onPageChange(current + 1)}
            path="M6 4l4 4-4 4"
          />
          <PagerButton
            label={t('last')}
            disabled={atEnd}
            onClick={() => onPageChange(pages)}
            path="M5 4l4 4-4 4M11 4v8"
          />
        </div>
      </div>
    </nav>
  );
}
