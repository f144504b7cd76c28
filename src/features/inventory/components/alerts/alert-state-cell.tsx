import { useTranslation } from '@/i18n';
import type { StockAlert } from '@/api/contract/inventory';
import { Badge, type BadgeTone } from '@/components/badge';
import { formatDateTime } from '@/lib/format';

const TONES: Record<StockAlert['state'], BadgeTone> = {
  open: 'danger',
  acknowledged: 'info',
  snoozed: 'neutral',
  cleared: 'success',
};

/** Where an alert stands, and the detail that goes with it: who acknowledged, until when it sleeps. */
export function AlertStateCell({ alert, timeZone }: { alert: StockAlert; timeZone: string }) {
  const { t, i18n } = useTranslation('stock-alerts');
  const when = (iso: string, style: 'datetime' | 'date' = 'datetime') =>
    formatDateTime(iso, timeZone, i18n.language, style);

  let detail: string | null = null;
  if (alert.state === 'acknowledged' && alert.acknowledged)
    detail = t('state.acknowledgedBy', {
      name: alert.acknowledged.by.name,
      time: when(alert.acknowledged.at),
    });
  else if (alert.state === 'snoozed' && alert.snoozed)
    detail =
      alert.snoozed.until === null
        ? t('state.untilLevelChange')
        : t('state.snoozedUntil', { date: when(alert.snoozed.until, 'date') });
  else if (alert.state === 'cleared' && alert.clearedAt)
    detail = t('state.clearedAt', { time: when(alert.clearedAt) });

  return (
    <span className="flex flex-col items-start gap-0.5 leading-tight">
      <Badge tone={TONES[alert.state]}>{t(`state.${alert.state}`)}</Badge>
      {detail && <span className="text-xs whitespace-nowrap text-slate-600">{detail}</span>}
    </span>
  );
}
