import { useSearchParams } from 'react-router';
import type { Trend } from '@/api/contract/analytics';
import { useTranslation } from '@/i18n';
import { cn } from '@/lib/cn';

export type Granularity = Trend['granularity'];

/** The `granularity` URL parameter: "week", or days when absent or anything else. */
export function granularityOf(value: string | null): Granularity {
  return value === 'week' ? 'week' : 'day';
}

/** Day or week for the trend, kept in the URL so a shared link shows the same chart. */
export function GranularityToggle({ value }: { value: Granularity }) {
  const { t } = useTranslation('analytics-charts');
  const [, setParams] = useSearchParams();
  const choose = (next: Granularity) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'day') updated.delete('granularity');
        else updated.set('granularity', next);
        return updated;
      },
      { replace: true },
    );
  return (
    <div
      role="group"
      aria-label={t('chart.trend.granularity')}
      className="inline-flex rounded-md border border-slate-300 bg-white p-0.5"
    >
      {(['day', 'week'] as const).map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={option === value}
          onClick={() => choose(option)}
          className={cn(
            'rounded px-2.5 py-0.5 text-xs focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600',
            option === value
              ? 'bg-accent-600 font-medium text-white'
              : 'text-slate-700 hover:bg-slate-100',
          )}
        >
          {t(`chart.trend.${option}`)}
        </button>
      ))}
    </div>
  );
}
