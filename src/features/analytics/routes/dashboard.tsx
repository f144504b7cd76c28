import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import type { AnalyticsQuery } from '@/api/contract/analytics';
import { useRuntimeConfig } from '@/api/runtime-context';
import { useCurrentUser } from '@/api/session-store';
import { PageHeader } from '@/components/page-header';
import { daysInclusive } from '@/lib/calendar-days';
import { prefetchCharts } from '../api/prefetch-charts';
import { ChartsLoading } from '../components/charts-loading';
import { granularityOf } from '../components/charts/granularity';
import { FilterBar } from '../components/filter-bar';
import { KpiSection } from '../components/kpi-section';
import {
  analyticsQueryOf,
  DEFAULT_ANALYTICS_FILTERS,
  parseAnalyticsParams,
  periodOf,
  rangeProblemOf,
  regionChoicesFor,
  withAnalyticsParams,
  withinRegions,
  type AnalyticsFilterState,
} from '../lib/filters';
import { previousPeriod } from '../lib/periods';

// The chart library is most of the page's code: it loads beside the numbers, not before them,
// and starts as soon as this page's code runs rather than at the page's first render.
const chartsCode = import('../components/charts/analytics-charts');
// A failed download is shown by the route's error boundary when the charts render, not reported twice.
chartsCode.catch(() => undefined);
const AnalyticsCharts = lazy(() =>
  chartsCode.then((module) => ({ default: module.AnalyticsCharts })),
);

const sameQuery = (a: AnalyticsQuery, b: AnalyticsQuery) => JSON.stringify(a) === JSON.stringify(b);

export function Component() {
  const { t } = useTranslation('analytics');
  const [params, setParams] = useSearchParams();
  const { timeZone } = useRuntimeConfig();
  const user = useCurrentUser();
  const regions = useMemo(() => (user ? regionChoicesFor(user) : []), [user]);
  const filters = withinRegions(parseAnalyticsParams(params), regions);
  const now = new Date();
  const period = periodOf(filters, timeZone, now);
  const problem = rangeProblemOf(period);
  const asked = analyticsQueryOf(filters, timeZone, now);

  // Days the backend would refuse are not sent: the figures of the last good choice stay (on a
  // fresh start, the default period's) while the date boxes say what is wrong.
  const [query, setQuery] = useState<AnalyticsQuery>(() =>
    problem
      ? analyticsQueryOf({ ...filters, range: DEFAULT_ANALYTICS_FILTERS.range }, timeZone, now)
      : asked,
  );
  if (!problem && !sameQuery(query, asked)) setQuery(asked);

  const update = useCallback(
    (patch: Partial<AnalyticsFilterState>) =>
      setParams((current) =>
        withAnalyticsParams(current, {
          ...withinRegions(parseAnalyticsParams(current), regions),
          ...patch,
        }),
      ),
    [setParams, regions],
  );
  const reset = useCallback(
    () => setParams((current) => withAnalyticsParams(current, DEFAULT_ANALYTICS_FILTERS)),
    [setParams],
  );

  const queryClient = useQueryClient();
  const backend = useBackend();
  const granularity = granularityOf(params.get('granularity'));
  useEffect(
    () => prefetchCharts(queryClient, backend, query, granularity),
    [queryClient, backend, query, granularity],
  );

  const days = daysInclusive(query.from, query.to);
  const before = previousPeriod(query);

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t('title')}
        description={t('range', {
          count: days,
          n: days,
          from: query.from,
          to: query.to,
          previousFrom: before.from,
          previousTo: before.to,
        })}
      />
      <FilterBar
        filters={filters}
        period={period}
        problem={problem}
        regions={regions}
        onChange={update}
        onReset={reset}
      />
      <KpiSection query={query} />
      <Suspense fallback={<ChartsLoading />}>
        <AnalyticsCharts query={query} />
      </Suspense>
    </div>
  );
}
