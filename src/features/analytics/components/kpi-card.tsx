import { Link } from 'react-router';
import { useTranslation } from '@/i18n';
import { cn } from '@/lib/cn';
import { formatNumber, formatPercent } from '@/lib/format';
import type { Change } from '../lib/periods';

interface KpiCardProps {
  label: string;
  value: string;
  previous: string;
  change: Change;
  /** For cancellation and refund rates a rise is bad news. */
  higherIsBetter: boolean;
  /** Rates change in percentage points, amounts and counts in percent. */
  unit: 'percent' | 'points';
  /** Where the orders behind the figure are listed. */
  link?: { to: string; label: string };
}

function Arrow({ direction }: { direction: Change['direction'] }) {
  if (direction === 'flat') return <span aria-hidden="true">→</span>;
  return <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>;
}

export function KpiCard({
  label,
  value,
  previous,
  change,
  higherIsBetter,
  unit,
  link,
}: KpiCardProps) {
  const { t, i18n } = useTranslation('analytics');
  const locale = i18n.language;
  const good = change.direction === 'flat' ? null : (change.direction === 'up') === higherIsBetter;
  const amount =
    change.value === null
      ? null
      : unit === 'points'
        ? t('change.points', { value: formatNumber(Math.abs(change.value) * 100, locale, 1) })
        : formatPercent(Math.abs(change.value), locale);
  const spoken =
    amount === null
      ? t('change.noBase')
      : change.direction === 'flat'
        ? t('change.flat')
        : t(change.direction === 'up' ? 'change.up' : 'change.down', { amount });

  return (
    <article className="flex flex-col gap-1 rounded-md border border-slate-200 bg-white px-4 py-3">
      <h3 className="text-xs font-medium text-slate-500">{label}</h3>
      <p className="text-2xl font-semibold text-slate-900 tabular-nums">{value}</p>
      <p className="flex flex-wrap items-center gap-x-2 text-xs">
        <span
          className={cn(
            'inline-flex items-center gap-0.5 font-medium tabular-nums',
            good === null ? 'text-slate-600' : good ? 'text-emerald-700' : 'text-red-700',
          )}
        >
          <Arrow direction={change.direction} />
          <span aria-hidden="true">{amount ?? '—'}</span>
          <span className="sr-only">{spoken}</span>
        </span>
        <span className="text-slate-500">{t('change.previous', { value: previous })}</span>
      </p>
      {link && (
        <Link
          to={link.to}
          className="mt-1 self-start text-xs font-medium text-accent-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
        >
          {link.label}
        </Link>
      )}
    </article>
  );
}
