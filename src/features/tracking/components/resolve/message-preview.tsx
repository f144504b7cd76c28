import { useEffect } from 'react';
import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import type { ExceptionItem, NotificationTemplate } from '@/api/contract/tracking';
import {
  renderTemplate,
  type CustomerLocale,
  type NotificationChannel,
  type NotificationKind,
  type PlaceholderValues,
} from '@/domain/notification/templates';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day as customer messages name it, in the store's calendar: 11月25日, or Nov 25. */
function messageDay(iso: string, timeZone: string, locale: CustomerLocale): string {
  const key = `${locale}|${timeZone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, {
      month: locale === 'en' ? 'short' : 'long',
      day: 'numeric',
      timeZone,
    });
    dayFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

interface MessagePreviewProps {
  item: ExceptionItem;
  order: Order;
  kind: NotificationKind;
  channel: NotificationChannel;
  templates: readonly NotificationTemplate[] | undefined;
  templatesFailed: boolean;
}

/**
 * The message as the customer will read it: the template in force in their language, with this
 * order's values. The tracking link is made when the message is sent, so a stand-in shows here.
 */
export function MessagePreview({
  item,
  order,
  kind,
  channel,
  templates,
  templatesFailed,
}: MessagePreviewProps) {
  const { t, i18n } = useTranslation(['tracking', 'tracking-events']);
  const locale = order.customer.locale;
  const language = t(`common:language.${locale}`);

  // The carrier's name is written in the customer's language, whatever the staff member reads.
  useEffect(() => {
    void i18n.loadNamespaces(['tracking-events'], [locale]).catch(() => undefined);
  }, [i18n, locale]);

  if (templatesFailed)
    return <p className="text-sm text-red-700">{t('contact.templatesFailed')}</p>;
  if (!templates) return <p className="text-sm text-slate-600">{t('dialog.loading')}</p>;
  const template = templates.find((entry) => entry.kind === kind && entry.locale === locale);
  if (!template)
    return <p className="text-sm text-slate-600">{t('contact.templateMissing', { language })}</p>;

  const values: PlaceholderValues = {
    customerName: order.shippingAddress.recipient || order.customer.name,
    orderNumber: order.number,
    carrier: t(`tracking-events:carrier.${item.carrier}`, { lng: locale }),
    waybill: item.waybill,
    eta: messageDay(item.eta, item.timeZone, locale),
    trackingLink: t('contact.trackingLink'),
  };

  return (
    <section
      aria-label={t('contact.preview', { language })}
      className="flex flex-col gap-1.5"
      lang={locale}
    >
      <h3 className="text-sm font-medium text-slate-700" lang={i18n.language}>
        {t('contact.preview', { language })}
      </h3>
      <div className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm whitespace-pre-wrap text-slate-800">
        {channel === 'email' && (
          <p className="mb-2 font-medium">
            <span className="sr-only" lang={i18n.language}>
              {t('contact.subject')}：
            </span>
            {renderTemplate(template.emailSubject, values)}
          </p>
        )}
        {renderTemplate(channel === 'sms' ? template.sms : template.emailBody, values)}
      </div>
    </section>
  );
}
