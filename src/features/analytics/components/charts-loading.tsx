import { useTranslation } from '@/i18n';
import { Skeleton } from '@/components/states';

const CHART_COUNT = 8;

/** The charts' places while their code arrives, so the page does not jump when they appear. */
export function ChartsLoading() {
  const { t } = useTranslation('analytics');
  return (
    <div role="status" aria-busy="true" className="grid gap-4 xl:grid-cols-2">
      <span className="sr-only">{t('chartsLoading')}</span>
      {Array.from({ length: CHART_COUNT }, (_, index) => (
        <div
          key={index}
          data-chart-state="loading"
          className="rounded-md border border-slate-200 bg-white p-4"
        >
          <Skeleton className="h-80" />
        </div>
      ))}
    </div>
  );
}
