import { useTranslation } from '@/i18n';
import { waitedBetween } from '../lib/waited';

/** How long the parcel has waited for someone, e.g. "3 天 4 小时"; the moment itself in the tooltip. */
export function WaitedCell({ since, now, title }: { since: string; now: number; title: string }) {
  const { t } = useTranslation('tracking');
  const waited = waitedBetween(since, now);
  return (
    <time dateTime={since} title={title} className="tabular-nums">
      {waited.unit === 'days'
        ? t('waited.days', { days: waited.days, hours: waited.hours })
        : waited.unit === 'hours'
          ? t('waited.hours', { hours: waited.hours })
          : t('waited.minutes', { minutes: waited.minutes })}
    </time>
  );
}
