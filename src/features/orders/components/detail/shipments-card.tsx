import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { useOrderFormatting } from '../../lib/use-order-formatting';
import { ParcelView } from './parcel-view';
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

/** Parcels newest first: a replacement above the parcel it replaces, each linked to the other. */
export function ShipmentsCard({ order }: { order: Order }) {
  const { t } = useTranslation('orders');
  const byId = new Map(order.shipments.map((shipment) => [shipment.id, shipment]));
  const replacementOf = new Map(
    order.shipments.flatMap((shipment) =>
      shipment.replaces ? [[shipment.replaces, shipment] as const] : [],
    ),
  );
  const parcels = [...order.shipments].reverse();
  return (
    <Section title={t('detail.shipments')}>
      {parcels.length === 0 ? (
        <p className="text-sm text-slate-500">{t('detail.noShipments')}</p>
      ) : (
        <div className="flex flex-col gap-4 divide-y divide-slate-100">
          {parcels.map((shipment) => (
            <ParcelView
              key={shipment.id}
              shipment={shipment}
              replaces={shipment.replaces ? byId.get(shipment.replaces) : undefined}
              replacedBy={replacementOf.get(shipment.id)}
              timeZone={order.timeZone}
            />
          ))}
        </div>
      )}
    </Section>
  );
}
