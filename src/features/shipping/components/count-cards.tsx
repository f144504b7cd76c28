import { Link } from 'react-router';
import { useTranslation } from '@/i18n';
import { formatNumber } from '@/lib/format';

export interface CountCardItem {
  label: string;
  /** undefined while loading; null when the number cannot be known. */
  value: number | undefined | null;
  to: string;
  hint?: string;
}

/** The overview's counts; each is a link to the screen where that work is done. */
export function CountCards({ label, items }: { label: string; items: readonly CountCardItem[] }) {
  const { t, i18n } = useTranslation('shipping');
  return (
    <ul aria-label={label} className="grid max-w-3xl grid-cols-1 gap-3 sm:grid-cols-3">
      {items.map((item) => (
        <li key={item.label}>
          <Link
            to={item.to}
            className="flex h-full flex-col rounded-md border border-slate-200 bg-white px-4 py-3 transition-colors hover:border-accent-300 hover:bg-accent-50/40"
          >
            <span className="text-xs text-slate-600">{item.label}</span>
            <span
              className="mt-0.5 text-xl font-semibold text-slate-900 tabular-nums"
              aria-busy={item.value === undefined || undefined}
            >
              {item.value === undefined ? (
                <>
                  <span aria-hidden="true">…</span>
                  <span className="sr-only">{t('counts.loading')}</span>
                </>
              ) : item.value === null ? (
                <>
                  <span aria-hidden="true">—</span>
                  {!item.hint && <span className="sr-only">{t('counts.unknown')}</span>}
                </>
              ) : (
                formatNumber(item.value, i18n.language)
              )}
            </span>
            {item.hint && <span className="mt-0.5 text-xs text-slate-500">{item.hint}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
