import { useTranslation } from '@/i18n';
import type { Shipment } from '@/api/contract/shipments';
import { cn } from '@/lib/cn';
import { useOrderFormatting } from '../../lib/use-order-formatting';

/**
 * A parcel's tracking events, newest first, each worded in the user's language from its code; the
 * carrier's own (Chinese) wording stays on a secondary line and on hover.
 */
export function TrackingEventList({
  shipment,
  carrierName,
  timeZone,
}: {
  shipment: Shipment;
  carrierName: string;
  timeZone: string;
}) {
  const { t } = useTranslation(['orders', 'tracking-events']);
  const format = useOrderFormatting();
  const events = [...shipment.events].sort((a, b) => b.at.localeCompare(a.at));
  const label = t('detail.trackingEventsOf', { carrier: carrierName, waybill: shipment.waybill });

  if (events.length === 0)
    return <p className="text-sm text-slate-500">{t('detail.noTrackingEvents')}</p>;
  return (
    <div className="rounded-md bg-slate-50 px-3 py-3">
      <h4 className="mb-2 text-xs font-medium text-slate-600">{t('detail.trackingEvents')}</h4>
      <ol aria-label={label} className="flex flex-col border-l-2 border-slate-200 pl-4">
        {events.map((event, index) => {
          const latest = index === 0;
          return (
            <li key={`${event.at}-${index}`} className="relative pb-3 last:pb-0">
              <span
                aria-hidden="true"
                className={cn(
                  'absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full ring-2 ring-slate-50',
                  latest ? 'bg-accent-600' : 'bg-slate-300',
                )}
              />
              <p
                className={cn('text-sm', latest ? 'font-medium text-slate-900' : 'text-slate-800')}
              >
                {t(`tracking-events:code.${event.code}`, { place: event.place })}
              </p>
              <p
                className="text-xs text-slate-500"
                title={t('detail.carrierText', { text: event.text })}
              >
                <time dateTime={event.at}>{format.dateTime(event.at, timeZone)}</time>
                {' · '}
                <span lang="zh-CN">{event.text}</span>
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
