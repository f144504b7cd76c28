import { useId } from 'react';
import type { PublicParcel } from '@/api/contract/tracking';
import { useTranslation } from '@/i18n/react';
import { formatDay, formatMoment } from './format';

type Notice = { tone: 'problem' | 'info'; key: string };

/** What the customer should know about the parcel beyond its step, in plain words. */
export function noticeOf(parcel: PublicParcel, now: number): Notice | null {
  switch (parcel.status) {
    case 'exception':
      return { tone: 'problem', key: `notice.exception.${parcel.exceptionKind ?? 'other'}` };
    case 'expired':
      return { tone: 'problem', key: 'notice.expired' };
    case 'failed_attempt':
      return { tone: 'problem', key: 'notice.failed' };
    case 'available_for_pickup':
      return { tone: 'info', key: 'notice.pickup' };
    case 'delivered':
      return null;
    default:
      return parcel.eta !== null && Date.parse(parcel.eta) < now
        ? { tone: 'problem', key: 'notice.delayed' }
        : null;
  }
}

const NOTICE_TONE = {
  problem: 'border-amber-300 bg-amber-50 text-amber-950',
  info: 'border-accent-200 bg-accent-50 text-accent-800',
};

export function ParcelView({
  parcel,
  timeZone,
  now,
  replaced = false,
}: {
  parcel: PublicParcel;
  timeZone: string;
  now: number;
  /** An earlier parcel that a replacement took over from. */
  replaced?: boolean;
}) {
  const { t, i18n } = useTranslation(['track', 'tracking-events']);
  const locale = i18n.language;
  const eventsHeading = useId();
  const notice = replaced ? null : noticeOf(parcel, now);
  // A parcel in exception or without news has no date worth promising.
  const showEta =
    !replaced &&
    parcel.deliveredAt === null &&
    parcel.eta !== null &&
    parcel.status !== 'exception' &&
    parcel.status !== 'expired';

  return (
    <div className="space-y-4">
      {notice ? (
        <p className={`rounded-lg border px-3 py-2.5 text-sm ${NOTICE_TONE[notice.tone]}`}>
          <span aria-hidden="true">{notice.tone === 'problem' ? '⚠ ' : 'ℹ '}</span>
          {t(notice.key)}
        </p>
      ) : null}
      {replaced ? <p className="text-sm text-slate-600">{t('answer.replaced')}</p> : null}

      <dl className="grid grid-cols-2 gap-x-4 gap-y-3 text-sm">
        {showEta && parcel.eta ? (
          <div className="col-span-2">
            <dt className="text-slate-600">{t('answer.eta')}</dt>
            <dd className="text-lg font-semibold text-slate-900">
              {formatDay(parcel.eta, timeZone, locale)}
            </dd>
          </div>
        ) : null}
        {parcel.deliveredAt ? (
          <div className="col-span-2">
            <dt className="text-slate-600">{t('answer.deliveredAt')}</dt>
            <dd className="text-lg font-semibold text-slate-900">
              {formatMoment(parcel.deliveredAt, timeZone, locale)}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="text-slate-600">{t('answer.carrier')}</dt>
          <dd className="font-medium text-slate-900">
            {t(`tracking-events:carrier.${parcel.carrier}`)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t('answer.waybill')}</dt>
          <dd className="font-mono font-medium break-all text-slate-900">{parcel.waybill}</dd>
        </div>
      </dl>

      <section aria-labelledby={eventsHeading}>
        <h3 id={eventsHeading} className="text-sm font-semibold text-slate-800">
          {t('answer.events')}
        </h3>
        {parcel.events.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t('answer.noEvents')}</p>
        ) : (
          <ol className="mt-3 space-y-0">
            {parcel.events.map((event, index) => (
              <li
                key={`${event.at}-${event.code}-${index}`}
                className="relative border-l-2 border-slate-200 pb-4 pl-5 last:border-transparent last:pb-0"
              >
                <span
                  aria-hidden="true"
                  className={`absolute top-1 -left-[7px] size-3 rounded-full ${
                    index === 0 ? 'bg-accent-600 ring-4 ring-accent-100' : 'bg-slate-300'
                  }`}
                />
                <p
                  className={`text-sm ${index === 0 ? 'font-semibold text-slate-900' : 'text-slate-700'}`}
                >
                  {t(`tracking-events:code.${event.code}`, { place: event.place })}
                </p>
                <p className="mt-0.5 text-xs text-slate-500">
                  <time dateTime={event.at}>{formatMoment(event.at, timeZone, locale)}</time>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
