import { useTranslation } from '@/i18n';
import type { KpiSummary } from '@/api/contract/analytics';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import { pointChange, relativeChange } from '../lib/periods';
import { KpiCard } from './kpi-card';

export function KpiGrid({ summary }: { summary: KpiSummary }) {
  const { t, i18n } = useTranslation('analytics');
  const locale = i18n.language;
  const { current, previous } = summary;
  const money = (m: { amount: number; currency: string }) =>
    formatMoney(m.amount, locale, m.currency);
  const percent = (ratio: number) => formatPercent(ratio, locale);

  return (
    <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-6">
      <KpiCard
        label={t('kpi.gmv')}
        value={money(current.gmv)}
        previous={money(previous.gmv)}
        change={relativeChange(current.gmv.amount, previous.gmv.amount)}
        higherIsBetter
        unit="percent"
      />
      <KpiCard
        label={t('kpi.orders')}
        value={formatNumber(current.orders, locale)}
        previous={formatNumber(previous.orders, locale)}
        change={relativeChange(current.orders, previous.orders)}
        higherIsBetter
        unit="percent"
      />
      <KpiCard
        label={t('kpi.averageOrderValue')}
        value={money(current.averageOrderValue)}
        previous={money(previous.averageOrderValue)}
        change={relativeChange(current.averageOrderValue.amount, previous.averageOrderValue.amount)}
        higherIsBetter
        unit="percent"
      />
      <KpiCard
        label={t('kpi.cancellationRate')}
        value={percent(current.cancellationRate)}
        previous={percent(previous.cancellationRate)}
        change={pointChange(current.cancellationRate, previous.cancellationRate)}
        higherIsBetter={false}
        unit="points"
      />
      <KpiCard
        label={t('kpi.refundRate')}
        value={percent(current.refundRate)}
        previous={percent(previous.refundRate)}
        change={pointChange(current.refundRate, previous.refundRate)}
        higherIsBetter={false}
        unit="points"
      />
      <KpiCard
        label={t('kpi.shippedWithin24h')}
        value={percent(current.shippedWithin24hRate)}
        previous={percent(previous.shippedWithin24hRate)}
        change={pointChange(current.shippedWithin24hRate, previous.shippedWithin24hRate)}
        higherIsBetter
        unit="points"
      />
    </div>
  );
}
