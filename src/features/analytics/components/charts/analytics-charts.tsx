import type { AnalyticsQuery } from '@/api/contract/analytics';
import { useTranslation } from '@/i18n';
import { ProvinceChart, RegionChart, StoreChart } from './breakdown-charts';
import { CarrierChart } from './carrier-chart';
import { CategoryChart } from './category-chart';
import { FunnelChart } from './funnel-chart';
import { ShipLatencyChart } from './ship-latency-chart';
import { TrendChart } from './trend-chart';

/**
 * Every analytics chart for the page's filter, two to a row on wide screens. Each card fetches its
 * own numbers, so a slow one does not hold the others back.
 */
export function AnalyticsCharts({ query }: { query: AnalyticsQuery }) {
  const { t } = useTranslation('analytics-charts');
  return (
    <section aria-labelledby="analytics-charts-heading" className="flex flex-col gap-2">
      <h2 id="analytics-charts-heading" className="sr-only">
        {t('grid')}
      </h2>
      <div className="grid gap-4 xl:grid-cols-2">
        <RegionChart query={query} />
        <TrendChart query={query} />
        <ProvinceChart query={query} />
        <StoreChart query={query} />
        <CategoryChart query={query} />
        <FunnelChart query={query} />
        <ShipLatencyChart query={query} />
        <CarrierChart query={query} />
      </div>
    </section>
  );
}
