import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import type { NotificationTemplate } from '@/api/contract/tracking';
import { isApiError } from '@/api/errors';
import { Button } from '@/components/button';
import { describeError } from '@/components/error-message';
import { toast } from '@/components/toast';
import {
  EMAIL_BODY_MAX_CHARS,
  SMS_MAX_CHARS,
  SUBJECT_MAX_CHARS,
  type Placeholder,
} from '@/domain/notification/templates';
import { useUpdateNotificationTemplate } from '../api/notification-templates';
import { PlaceholderPalette } from './placeholder-palette';
import { TemplateField } from './template-field';
import { TemplatePreview } from './template-preview';
import { problemMessages, type TemplateField as Field } from './template-problems';
import { useTemplateDraft } from './use-template-draft';

type TextControl = HTMLTextAreaElement & HTMLInputElement;

/**
 * One template (a kind in a language): its SMS, e-mail subject and body beside a live preview.
 * Problems show as you type and keep it from being saved; the draft survives a reload of the tab;
 * a save refused because someone else saved first keeps everything typed.
 */
export function TemplateEditor({
  template,
  canEdit,
  onReload,
}: {
  template: NotificationTemplate;
  canEdit: boolean;
  /** Fetches the templates again; resolves to this template as saved now. */
  onReload: () => Promise<NotificationTemplate | undefined>;
}) {
  const { t } = useTranslation('notifications');
  const { draft, dirty, change, discard, rebase } = useTemplateDraft(template);
  const save = useUpdateNotificationTemplate();
  const [activeField, setActiveField] = useState<Field>('sms');
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const controls = {
    sms: useRef<TextControl>(null),
    emailSubject: useRef<TextControl>(null),
    emailBody: useRef<TextControl>(null),
  };
  const problems = problemMessages(t, draft);
  const labels: Record<Field, string> = {
    sms: t('templates.sms'),
    emailSubject: t('templates.emailSubject'),
    emailBody: t('templates.emailBody'),
  };
  const conflict = isApiError(save.error, 'version_conflict') ? save.error : null;

  function insert(name: Placeholder) {
    const field = activeField;
    const control = controls[field].current;
    const value = draft[field];
    const start = control?.selectionStart ?? value.length;
    const end = control?.selectionEnd ?? start;
    const token = `{${name}}`;
    change({ [field]: value.slice(0, start) + token + value.slice(end) });
    const caret = start + token.length;
    requestAnimationFrame(() => {
      control?.focus();
      control?.setSelectionRange(caret, caret);
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!dirty || problems.count > 0) return;
    setReloaded(false);
    save.mutate(
      {
        kind: template.kind,
        locale: template.locale,
        version: draft.version,
        sms: draft.sms,
        emailSubject: draft.emailSubject,
        emailBody: draft.emailBody,
      },
      {
        onSuccess: () => {
          discard();
          toast.success(t('templates.saved'));
        },
        onError: (error) => {
          if (!isApiError(error, 'validation') && !isApiError(error, 'version_conflict'))
            toast.error(t('templates.saveFailed', { reason: describeError(t, error) }));
        },
      },
    );
  }

  async function reload() {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (fresh) rebase(fresh.version);
      save.reset();
      setReloaded(true);
    } finally {
      setReloading(false);
    }
  }

  const field = (name: Field, max: number, rows?: number) => (
    <TemplateField
      label={labels[name]}
      value={draft[name]}
      max={max}
      rows={rows}
      problems={canEdit ? problems.byField[name] : []}
      readOnly={!canEdit}
      controlRef={controls[name]}
      onChange={(value) => change({ [name]: value })}
      onFocus={() => setActiveField(name)}
    />
  );

  return (
    <form noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
      {conflict && (
        <div
          role="alert"
          className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <p className="min-w-0 flex-1">
            {t('templates.conflict', {
              name: conflict.problem.current?.updatedBy?.name ?? t('templates.someone'),
            })}
          </p>
          <Button size="sm" variant="secondary" busy={reloading} onClick={() => void reload()}>
            {t('templates.reload')}
          </Button>
        </div>
      )}
      {reloaded && !conflict && (
        <p role="status" className="text-sm text-slate-700">
          {t('templates.reloaded')}
        </p>
      )}
      {isApiError(save.error, 'validation') && (
        <p role="alert" className="text-sm text-red-700">
          {t('templates.serverInvalid')}
        </p>
      )}
      <div className="grid gap-5 md:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-3">
          {field('sms', SMS_MAX_CHARS, 4)}
          {field('emailSubject', SUBJECT_MAX_CHARS)}
          {field('emailBody', EMAIL_BODY_MAX_CHARS, 8)}
          {canEdit && <PlaceholderPalette fieldLabel={labels[activeField]} onInsert={insert} />}
        </div>
        <TemplatePreview text={draft} locale={template.locale} />
      </div>
      {canEdit && (
        <div className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-100 pt-3">
          <p className="mr-auto text-xs text-slate-600" role="status">
            {problems.count > 0
              ? t('templates.blocked', { count: problems.count })
              : dirty
                ? t('templates.draftKept')
                : ''}
          </p>
          <Button
            variant="secondary"
            disabled={!dirty || save.isPending}
            onClick={() => {
              discard();
              save.reset();
              setReloaded(false);
            }}
          >
            {t('templates.reset')}
          </Button>
          <Button
            type="submit"
            variant="primary"
            busy={save.isPending}
            disabled={!dirty || problems.count > 0}
          >
            {t('templates.save')}
          </Button>
        </div>
      )}
    </form>
  );
}
