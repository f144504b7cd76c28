import type { MouseEvent } from 'react';
import { useTranslation } from '@/i18n';
import type { Shipment } from '@/api/contract/shipments';
import type { AttentionKind } from '@/domain/shipment/attention';
import type { TrackingStatus } from '@/domain/shipment/tracking';
import { Badge, type BadgeTone } from '@/components/badge';
import { useOrderFormatting } from '../../lib/use-order-formatting';
import { Details } from './section';
import { TrackingEventList } from './tracking-event-list';

const ATTENTION_TONE: Record<AttentionKind, BadgeTone> = {
  exception: 'danger',
  failed: 'danger',
  delayed: 'warning',
  stale: 'warning',
};

function statusTone(status: TrackingStatus): BadgeTone {
  if (status === 'delivered') return 'success';
  if (status === 'exception' || status === 'failed_attempt' || status === 'expired')
    return 'danger';
  return 'info';
}

export const parcelAnchor = (shipmentId: string) => `parcel-${shipmentId}`;

/** Brings another parcel of the same order into view and moves focus there, for keyboard users too. */
function jumpToParcel(event: MouseEvent<HTMLAnchorElement>, shipmentId: string) {
  const target = document.getElementById(parcelAnchor(shipmentId));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  target.focus({ preventScroll: true });
}

function ParcelLink({ shipment, label }: { shipment: Shipment; label: string }) {
  return (
    <a
      href={`#${parcelAnchor(shipment.id)}`}
      onClick={(event) => jumpToParcel(event, shipment.id)}
      className="text-xs text-accent-700 hover:underline focus-visible:outline-2 focus-visible:outline-accent-600"
    >
      {label}
    </a>
  );
}

/**
 * One parcel of the order: what it is, where it stands, what needs doing about it and what was
 * done last, above its tracking events (the part people come here to read).
 */
export function ParcelView({
  shipment,
  replaces,
  replacedBy,
  timeZone,
}: {
  shipment: Shipment;
  /** The parcel this one was sent to replace. */
  replaces: Shipment | undefined;
  /** The parcel sent to replace this one. */
  replacedBy: Shipment | undefined;
  timeZone: string;
}) {
  const { t } = useTranslation(['orders', 'tracking-events']);
  const format = useOrderFormatting();
  const time = (iso: string) => <time dateTime={iso}>{format.dateTime(iso, timeZone)}</time>;
  const headingId = `${parcelAnchor(shipment.id)}-heading`;
  const carrier = t(`tracking-events:carrier.${shipment.carrier}`);
  const { resolution } = shipment;

  return (
    <article
      id={parcelAnchor(shipment.id)}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="flex scroll-mt-4 flex-col gap-3 pt-4 first:pt-0 focus:outline-none"
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <h3 id={headingId} className="flex flex-wrap items-baseline gap-2">
          <span className="font-medium">{carrier}</span>{' '}
          <span className="font-mono text-xs">{shipment.waybill}</span>
        </h3>
        <Badge tone={statusTone(shipment.trackingStatus)}>
          {t(`tracking-events:status.${shipment.trackingStatus}`)}
        </Badge>
        {replaces && <Badge tone="accent">{t('detail.replacement')}</Badge>}
        {replacedBy && <Badge tone="neutral">{t('detail.replaced')}</Badge>}
        {shipment.attention.length > 0 && (
          <div className="flex flex-wrap items-center gap-1">
            <span id={`${headingId}-attention`} className="text-xs text-slate-600">
              {t('detail.attention')}
            </span>
            <ul aria-labelledby={`${headingId}-attention`} className="flex flex-wrap gap-1">
              {shipment.attention.map((kind) => (
                <li key={kind}>
                  <Badge tone={ATTENTION_TONE[kind]}>
                    {t(`tracking-events:attention.${kind}`)}
                  </Badge>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {(replaces || replacedBy) && (
        <p className="-mt-1 flex flex-wrap gap-3">
          {replaces && (
            <ParcelLink
              shipment={replaces}
              label={t('detail.replacementOf', { waybill: replaces.waybill })}
            />
          )}
          {replacedBy && (
            <ParcelLink
              shipment={replacedBy}
              label={t('detail.replacedBy', { waybill: replacedBy.waybill })}
            />
          )}
        </p>
      )}
      {shipment.exception && (
        <p
          role="note"
          className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {t('detail.exception', {
            kind: t(`tracking-events:exception.${shipment.exception.kind}`),
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
          ...(resolution
            ? [
                {
                  term: t('detail.lastResolution'),
                  value: (
                    <>
                      {t('detail.resolutionLine', {
                        action: t(`tracking-events:resolution.${resolution.action}`),
                        name: resolution.by?.name ?? t('detail.system'),
                        time: format.dateTime(resolution.at, timeZone),
                      })}
                      {resolution.note && (
                        <span className="block text-slate-600">{resolution.note}</span>
                      )}
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      <TrackingEventList shipment={shipment} carrierName={carrier} timeZone={timeZone} />
    </article>
  );
}
