import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import type { Shipment } from '@/api/contract/shipments';
import { Badge } from '@/components/badge';
import { useOrderFormatting } from '../../lib/use-order-formatting';
import { Details, Section } from './section';

export function AllocationCard({ order }: { order: Order }) {
  const { t } = useTranslation('orders');
  const format = useOrderFormatting();
  const { allocation } = order;
  return (
    <Section title={t('detail.allocation')}>
      {allocation ? (
        <Details
          items={[
            { term: t('detail.location'), value: allocation.locationName },
            { term: t('detail.carrier'), value: t(`carrier.${allocation.carrier}`) },
            {
              term: t('detail.allocatedAt'),
              value: (
                <time dateTime={allocation.allocatedAt}>
                  {format.dateTime(allocation.allocatedAt, order.timeZone)}
                </time>
              ),
            },
          ]}
        />
      ) : (
        <p className="text-sm text-slate-500">{t('detail.notAllocated')}</p>
      )}
    </Section>
  );
}

function ShipmentView({ shipment, timeZone }: { shipment: Shipment; timeZone: string }) {
  const { t } = useTranslation('orders');
  const format = useOrderFormatting();
  const events = [...shipment.events].sort((a, b) => b.at.localeCompare(a.at));
  const time = (iso: string) => <time dateTime={iso}>{format.dateTime(iso, timeZone)}</time>;
  return (
    <article className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{t(`carrier.${shipment.carrier}`)}</span>
        <span className="font-mono text-xs">{shipment.waybill}</span>
        <Badge
          tone={
            shipment.trackingStatus === 'exception'
              ? 'danger'
              : shipment.trackingStatus === 'delivered'
                ? 'success'
                : 'info'
          }
        >
          {t(`tracking.${shipment.trackingStatus}`)}
        </Badge>
      </div>
      {shipment.exception && (
        <p
          role="note"
          className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {t('detail.exception', {
            kind: t(`exceptionKind.${shipment.exception.kind}`),
            time: format.dateTime(shipment.exception.since, timeZone),
          })}
        </p>
      )}
      <Details
        items={[
          { term: t('detail.shippedAt'), value: time(shipment.shippedAt) },
          ...(shipment.eta ? [{ term: t('detail.eta'), value: time(shipment.eta) }] : []),
          ...(shipment.deliveredAt
            ? [{ term: t('detail.deliveredAt'), value: time(shipment.deliveredAt) }]
            : []),
        ]}
      />
      <div>
        <h3 className="text-xs font-medium text-slate-500">{t('detail.trackingEvents')}</h3>
        {events.length === 0 ? (
          <p className="mt-1 text-sm text-slate-500">{t('detail.noTrackingEvents')}</p>
        ) : (
          <ol className="mt-2 flex flex-col border-l border-slate-200 pl-4">
            {events.map((event, index) => (
              <li key={`${event.at}-${index}`} className="relative pb-3 text-sm last:pb-0">
                <span
                  aria-hidden="true"
                  className={`absolute top-1.5 -left-[1.3rem] size-2 rounded-full ${index === 0 ? 'bg-accent-600' : 'bg-slate-300'}`}
                />
                <p className="text-slate-900">{event.text}</p>
                <p className="text-xs text-slate-500">
                  {time(event.at)} · {event.place} · {t(`tracking.${event.status}`)}
                </p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </article>
  );
}

export function ShipmentsCard({ order }: { order: Order }) {
  const { t } = useTranslation('orders');
  return (
    <Section title={t('detail.shipments')}>
      {order.shipments.length === 0 ? (
        <p className="text-sm text-slate-500">{t('detail.noShipments')}</p>
      ) : (
        <div className="flex flex-col gap-5 divide-y divide-slate-100">
          {order.shipments.map((shipment) => (
            <ShipmentView key={shipment.id} shipment={shipment} timeZone={order.timeZone} />
          ))}
        </div>
      )}
    </Section>
  );
}
