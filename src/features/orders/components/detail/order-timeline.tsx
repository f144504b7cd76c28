import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import type { Tag } from '@/api/contract/reference';
import {
  timelineDetail,
  timelineSentence,
  type TimelineContext,
} from '../../lib/timeline-sentence';
import { useOrderFormatting } from '../../lib/use-order-formatting';
import { Section } from './section';

/** Who did what, when: newest first. */
export function OrderTimeline({
  order,
  tagsById,
}: {
  order: Order;
  tagsById: ReadonlyMap<string, Tag>;
}) {
  // Resolutions are worded with the shared parcel words (message kinds, channels, reasons).
  const { t } = useTranslation(['orders', 'tracking-events']);
  const format = useOrderFormatting();
  const context = useMemo<TimelineContext>(() => {
    const waybills = new Map(order.shipments.map((shipment) => [shipment.id, shipment.waybill]));
    return {
      tagsById,
      money: (fen) => format.money({ amount: fen, currency: order.totals.total.currency }),
      waybillOf: (id) => waybills.get(id),
    };
  }, [order.shipments, order.totals.total.currency, tagsById, format]);
  const events = [...order.timeline].sort(
    (a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id),
  );
  return (
    <Section title={t('detail.timeline')}>
      <ol
        aria-label={t('detail.timeline')}
        className="flex flex-col border-l border-slate-200 pl-4"
      >
        {events.map((event) => {
          const detail = timelineDetail(t, event, context);
          return (
            <li key={event.id} className="relative pb-3 text-sm last:pb-0">
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-slate-300"
              />
              <p className="text-slate-900">{timelineSentence(t, event, context)}</p>
              {detail && <p className="text-xs whitespace-pre-wrap text-slate-600">{detail}</p>}
              <p className="text-xs text-slate-500">
                <time dateTime={event.at}>
                  {format.dateTime(event.at, order.timeZone, 'datetime-seconds')}
                </time>
              </p>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
