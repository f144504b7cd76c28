import { useTranslation } from '@/i18n';
import type { KpiSummary } from '@/api/contract/analytics';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import { pointChange, relativeChange } from '../lib/periods';
import { KpiCard } from './kpi-card';

type Kpis = KpiSummary['current'];

/** Six cards: one row on the widest screens, three or two rows on narrower ones. */
export const KPI_GRID = 'grid gap-3 sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-6';

interface KpiGridProps {
  summary: KpiSummary;
  /** The orders list for the same days and filters. */
  ordersPath: string;
}

export function KpiGrid({ summary, ordersPath }: KpiGridProps) {
  const { t, i18n } = useTranslation('analytics');
  const locale = i18n.language;
  const { current, previous } = summary;
  const money = (m: { amount: number; currency: string }) =>
    formatMoney(m.amount, locale, m.currency);

  /** Amounts and counts: the change in percent, and more is better. */
  const growthCard = (
    label: string,
    size: (kpis: Kpis) => number,
    show: (kpis: Kpis) => string,
    link?: { to: string; label: string },
  ) => (
    <KpiCard
      label={label}
      link={link}
      value={show(current)}
      previous={show(previous)}
      change={relativeChange(size(current), size(previous))}
      higherIsBetter
      unit="percent"
    />
  );

  /** Rates: the change in percentage points. */
  const rateCard = (label: string, rate: (kpis: Kpis) => number, higherIsBetter: boolean) => (
    <KpiCard
      label={label}
      value={formatPercent(rate(current), locale)}
      previous={formatPercent(rate(previous), locale)}
      change={pointChange(rate(current), rate(previous))}
      higherIsBetter={higherIsBetter}
      unit="points"
    />
  );

  return (
    <div className={KPI_GRID}>
      {growthCard(
        t('kpi.gmv'),
        (kpis) => kpis.gmv.amount,
        (kpis) => money(kpis.gmv),
      )}
      {growthCard(
        t('kpi.orders'),
        (kpis) => kpis.orders,
        (kpis) => formatNumber(kpis.orders, locale),
        { to: ordersPath, label: t('kpi.viewOrders') },
      )}
      {growthCard(
        t('kpi.averageOrderValue'),
        (kpis) => kpis.averageOrderValue.amount,
        (kpis) => money(kpis.averageOrderValue),
      )}
      {rateCard(t('kpi.cancellationRate'), (kpis) => kpis.cancellationRate, false)}
      {rateCard(t('kpi.refundRate'), (kpis) => kpis.refundRate, false)}
      {rateCard(t('kpi.shippedWithin24h'), (kpis) => kpis.shippedWithin24hRate, true)}
    </div>
  );
}
