import { useEffect, useRef } from 'react';
import type { PublicTracking } from '@/api/contract/tracking';
import { useTranslation } from '@/i18n/react';
import { formatMoment } from './format';
import { ParcelView } from './parcel-view';
import { ProgressSteps } from './progress-steps';

const card = 'rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6';

export function TrackingAnswer({
  tracking,
  focusHeading,
  now,
  onNewLookup,
}: {
  tracking: PublicTracking;
  /** After a lookup the heading takes focus, so screen readers start reading at the answer. */
  focusHeading: boolean;
  now: number;
  onNewLookup: () => void;
}) {
  const { t, i18n } = useTranslation(['track', 'tracking-events']);
  const heading = useRef<HTMLHeadingElement>(null);
  const [current, ...earlier] = tracking.parcels;
  const locale = i18n.language;

  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading, tracking]);

  return (
    <div className="space-y-4">
      <section aria-labelledby="answer-heading" className={card}>
        <h2
          id="answer-heading"
          ref={heading}
          tabIndex={-1}
          className="text-xl font-bold text-slate-900 focus:outline-none"
        >
          {t('answer.heading', { orderNumber: tracking.orderNumber })}
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">{t('answer.placedAt')}</dt>
            <dd className="text-slate-900">
              {formatMoment(tracking.placedAt, tracking.timeZone, locale)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('answer.store')}</dt>
            <dd className="text-slate-900">{tracking.storeName}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('answer.destination')}</dt>
            <dd className="text-slate-900">{tracking.destinationCity}</dd>
          </div>
        </dl>

        <div className="mt-6">
          {tracking.cancelled ? (
            <p className="rounded-lg border border-slate-300 bg-slate-50 px-3 py-2.5 text-sm text-slate-800">
              {t('answer.cancelled')}
            </p>
          ) : (
            <ProgressSteps step={tracking.step} />
          )}
        </div>
      </section>

      {current ? (
        <section aria-label={t('answer.parcel')} className={card}>
          <ParcelView parcel={current} timeZone={tracking.timeZone} now={now} />
        </section>
      ) : tracking.cancelled ? null : (
        <p className={`${card} text-sm text-slate-700`}>{t('answer.notShipped')}</p>
      )}

      {earlier.length > 0 ? (
        <details className={card}>
          <summary className="cursor-pointer text-sm font-semibold text-slate-800">
            {t('answer.earlierParcels', { count: earlier.length })}
          </summary>
          <div className="mt-4 space-y-6">
            {earlier.map((parcel) => (
              <ParcelView
                key={parcel.waybill}
                parcel={parcel}
                timeZone={tracking.timeZone}
                now={now}
                replaced
              />
            ))}
          </div>
        </details>
      ) : null}

      <section aria-labelledby="items-heading" className={card}>
        <h3 id="items-heading" className="text-sm font-semibold text-slate-800">
          {t('answer.items')}
        </h3>
        <ul className="mt-2 divide-y divide-slate-100">
          {tracking.items.map((item, index) => (
            <li key={`${item.name}-${index}`} className="flex justify-between gap-4 py-2 text-sm">
              <span className="text-slate-900">{item.name}</span>
              <span className="shrink-0 text-slate-600 tabular-nums">
                {t('answer.quantity', { quantity: item.quantity })}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <button
        type="button"
        onClick={onNewLookup}
        className="w-full rounded-lg border border-slate-300 bg-white px-4 py-3 text-base font-medium text-slate-800 shadow-sm hover:bg-slate-50 sm:w-auto"
      >
        {t('answer.newLookup')}
      </button>
    </div>
  );
}
