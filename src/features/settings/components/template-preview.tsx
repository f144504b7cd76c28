import { useTranslation } from '@/i18n';
import {
  SMS_MAX_CHARS,
  renderTemplate,
  type CustomerLocale,
  type TemplateText,
} from '@/domain/notification/templates';
import { cn } from '@/lib/cn';
import { useSampleValues } from './template-sample';

/** The message as a customer would receive it, following every keystroke. */
export function TemplatePreview({ text, locale }: { text: TemplateText; locale: CustomerLocale }) {
  const { t } = useTranslation('notifications');
  const values = useSampleValues(locale);
  const sms = renderTemplate(text.sms, values);
  const subject = renderTemplate(text.emailSubject, values);
  const body = renderTemplate(text.emailBody, values);
  const smsTooLong = sms.length > SMS_MAX_CHARS;

  return (
    <section aria-labelledby="template-preview" className="flex min-w-0 flex-col gap-3">
      <header>
        <h3 id="template-preview" className="text-sm font-medium text-slate-900">
          {t('templates.preview')}
        </h3>
        <p className="text-xs text-slate-600">{t('templates.previewHint')}</p>
      </header>
      <figure className="flex flex-col gap-1">
        <figcaption className="text-xs font-medium text-slate-600">
          {t('templates.smsPreview')}
        </figcaption>
        <output
          aria-label={t('templates.smsPreview')}
          lang={locale}
          className="block rounded-2xl rounded-tl-sm bg-emerald-50 px-3 py-2 text-sm break-words whitespace-pre-wrap text-slate-900"
        >
          {sms}
        </output>
        <p className={cn('text-xs tabular-nums', smsTooLong ? 'text-red-700' : 'text-slate-500')}>
          {t('templates.smsCount', { n: sms.length, max: SMS_MAX_CHARS })}
        </p>
      </figure>
      <figure className="flex flex-col gap-1">
        <figcaption className="text-xs font-medium text-slate-600">
          {t('templates.emailPreview')}
        </figcaption>
        <output
          aria-label={t('templates.emailPreview')}
          lang={locale}
          className="block rounded-md border border-slate-200 bg-white text-sm"
        >
          <span className="block border-b border-slate-100 px-3 py-2 font-medium break-words">
            {t('templates.subjectLine', { subject })}
          </span>
          <span className="block px-3 py-2 break-words whitespace-pre-wrap text-slate-800">
            {body}
          </span>
        </output>
      </figure>
    </section>
  );
}
