import { useState } from 'react';
import { useTranslation } from '@/i18n';
import type { NotificationTemplate } from '@/api/contract/tracking';
import { useRuntimeConfig } from '@/api/runtime-context';
import { useCurrentUser } from '@/api/session-store';
import { canEditNotificationTemplates } from '@/domain/access';
import {
  CUSTOMER_LOCALES,
  NOTIFICATION_KINDS,
  type CustomerLocale,
  type NotificationKind,
} from '@/domain/notification/templates';
import { Select } from '@/components/field';
import { ErrorState, SkeletonRows } from '@/components/states';
import { formatDateTime } from '@/lib/format';
import { useNotificationTemplates } from '../api/notification-templates';
import { SettingsSection } from './settings-section';
import { TemplateEditor } from './template-editor';

const find = (
  items: readonly NotificationTemplate[] | undefined,
  kind: NotificationKind,
  locale: CustomerLocale,
) => items?.find((template) => template.kind === kind && template.locale === locale);

/**
 * The customer messages: pick a kind and a language, read or edit it beside its preview. Everyone
 * who reaches the settings (managers) reads them, to know what customers are told; admins edit.
 */
export function NotificationTemplatesSection() {
  const role = useCurrentUser()?.role;
  // The backend refuses everyone else (403); they read the templates instead.
  const canEdit = role !== undefined && canEditNotificationTemplates(role);
  const { t } = useTranslation(['notifications', 'tracking-events']);
  const templates = useNotificationTemplates();
  const [kind, setKind] = useState<NotificationKind>('shipped');
  const [locale, setLocale] = useState<CustomerLocale>('zh-CN');
  const template = find(templates.data?.items, kind, locale);

  return (
    <SettingsSection
      id="settings-notification-templates"
      title={t('templates.title')}
      description={canEdit ? t('templates.description') : t('templates.readOnly')}
    >
      <div className="mb-4 flex flex-wrap gap-3">
        <Select
          label={t('templates.kind')}
          value={kind}
          onChange={(event) =>
            setKind(NOTIFICATION_KINDS.find((k) => k === event.target.value) ?? kind)
          }
          options={NOTIFICATION_KINDS.map((value) => ({
            value,
            label: t(`tracking-events:notification.${value}`),
          }))}
          fieldClassName="w-44"
        />
        <Select
          label={t('templates.locale')}
          value={locale}
          onChange={(event) =>
            setLocale(CUSTOMER_LOCALES.find((l) => l === event.target.value) ?? locale)
          }
          options={CUSTOMER_LOCALES.map((value) => ({
            value,
            label: t(`common:language.${value}`),
          }))}
          fieldClassName="w-44"
        />
      </div>
      {templates.isPending ? (
        <SkeletonRows rows={4} />
      ) : templates.isError ? (
        <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />
      ) : template ? (
        <>
          <UpdatedLine template={template} />
          <TemplateEditor
            key={`${kind}|${locale}`}
            template={template}
            canEdit={canEdit}
            onReload={async () => find((await templates.refetch()).data?.items, kind, locale)}
          />
        </>
      ) : null}
    </SettingsSection>
  );
}

function UpdatedLine({ template }: { template: NotificationTemplate }) {
  const { t, i18n } = useTranslation('notifications');
  const { timeZone } = useRuntimeConfig();
  return (
    <p className="mb-3 text-xs text-slate-600">
      {template.updatedAt
        ? t('templates.updated', {
            name: template.updatedBy?.name ?? t('templates.someone'),
            time: formatDateTime(template.updatedAt, timeZone, i18n.language),
          })
        : t('templates.neverUpdated')}
    </p>
  );
}
