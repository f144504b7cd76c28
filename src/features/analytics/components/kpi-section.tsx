import { useTranslation } from '@/i18n';
import type { AnalyticsQuery } from '@/api/contract/analytics';
import { ErrorState, Skeleton } from '@/components/states';
import { cn } from '@/lib/cn';
import { useKpis } from '../api/get-kpis';
import { ordersLinkFor } from '../lib/drill-down';
import { KPI_GRID, KpiGrid } from './kpi-grid';

/** The key figures of the query's period against the period before; the last ones stay, dimmed, while new ones load. */
export function KpiSection({ query }: { query: AnalyticsQuery }) {
  const { t } = useTranslation('analytics');
  const kpis = useKpis(query);
  const state = kpis.isPending ? 'loading' : kpis.isError ? 'error' : 'ready';

  return (
    <section
      aria-labelledby="kpi-heading"
      aria-busy={kpis.isFetching}
      data-kpi-state={state}
      className="flex flex-col gap-2"
    >
      <h2 id="kpi-heading" className="sr-only">
        {t('kpi.title')}
      </h2>
      {kpis.isPending ? (
        <div className={KPI_GRID}>
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} className="h-28" />
          ))}
        </div>
      ) : kpis.isError ? (
        <ErrorState error={kpis.error} onRetry={() => void kpis.refetch()} />
      ) : (
        <div className={cn(kpis.isPlaceholderData && 'opacity-60 transition-opacity')}>
          <KpiGrid summary={kpis.data} ordersPath={ordersLinkFor(query, {})} />
        </div>
      )}
    </section>
  );
}
