import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import { useSearchParams } from 'react-router';
import { useRuntimeConfig } from '@/api/runtime-context';
import { PageHeader } from '@/components/page-header';
import { ErrorState, Skeleton } from '@/components/states';
import { cn } from '@/lib/cn';
import { useDensity } from '@/lib/preferences';
import { useBreakdown } from '../api/get-breakdown';
import { useKpis } from '../api/get-kpis';
import { KpiGrid } from '../components/kpi-grid';
import { RegionTable } from '../components/region-table';
import { DEFAULT_PERIOD, PERIODS, periodOf, periodRange, type Period } from '../lib/periods';

function PeriodPicker({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation('analytics');
  return (
    <div
      role="group"
      aria-label={t('period.label')}
      className="inline-flex rounded-md border border-slate-300 bg-white p-0.5"
    >
      {PERIODS.map((period) => (
        <button
          key={period}
          type="button"
          aria-pressed={period === value}
          onClick={() => onChange(period)}
          className={cn(
            'rounded px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600',
            period === value
              ? 'bg-accent-600 font-medium text-white'
              : 'text-slate-700 hover:bg-slate-100',
          )}
        >
          {t(`period.${period}`)}
        </button>
      ))}
    </div>
  );
}

export function Component() {
  const { t } = useTranslation('analytics');
  const [params, setParams] = useSearchParams();
  const { timeZone } = useRuntimeConfig();
  const density = useDensity();
  const period = periodOf(params.get('period'));
  // "Today" is fixed per period choice so the query key stays stable while the page is open.
  const range = useMemo(() => periodRange(period, new Date(), timeZone), [period, timeZone]);

  const kpis = useKpis(range);
  const breakdown = useBreakdown(
    useMemo(() => ({ ...range, dimension: 'region' as const }), [range]),
  );

  const choosePeriod = (next: Period) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next === DEFAULT_PERIOD) updated.delete('period');
      else updated.set('period', next);
      return updated;
    });

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t('title')}
        description={t('range', { from: range.from, to: range.to })}
        actions={<PeriodPicker value={period} onChange={choosePeriod} />}
      />
      <section
        aria-labelledby="kpi-heading"
        aria-busy={kpis.isFetching}
        className="flex flex-col gap-2"
      >
        <h2 id="kpi-heading" className="sr-only">
          {t('kpi.title')}
        </h2>
        {kpis.isPending ? (
          <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-6">
            {Array.from({ length: 6 }, (_, index) => (
              <Skeleton key={index} className="h-24" />
            ))}
          </div>
        ) : kpis.isError ? (
          <ErrorState error={kpis.error} onRetry={() => void kpis.refetch()} />
        ) : (
          <div className={cn(kpis.isPlaceholderData && 'opacity-60 transition-opacity')}>
            <KpiGrid summary={kpis.data} />
          </div>
        )}
      </section>
      <section aria-labelledby="region-heading" className="flex flex-col gap-2">
        <h2 id="region-heading" className="text-base font-semibold text-slate-900">
          {t('regions.title')}
        </h2>
        <RegionTable
          breakdown={breakdown.data}
          isLoading={breakdown.isPending}
          isFetching={breakdown.isFetching && breakdown.isPlaceholderData}
          error={
            breakdown.isError ? (
              <ErrorState error={breakdown.error} onRetry={() => void breakdown.refetch()} />
            ) : undefined
          }
          density={density}
        />
      </section>
    </div>
  );
}
