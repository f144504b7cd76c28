import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import {
  NOTIFICATION_KINDS,
  channelsFor,
  type NotificationChannel,
  type NotificationKind,
} from '@/domain/notification/templates';
import { Select } from '@/components/field';
import { useNotificationTemplates } from '../../api/list-templates';
import { defaultTemplateFor } from '../../lib/offered-actions';
import { NOTE_MAX, type ResolutionFormProps } from './form-props';
import { MessagePreview } from './message-preview';
import { NoteField } from './note-field';

/**
 * 联系客户: a template (the one that fits the parcel's reason first), SMS or — when the customer
 * gave one — e-mail, the exact message in the customer's language, and an internal note.
 */
export function ContactForm({ id, item, order, onValid }: ResolutionFormProps) {
  const { t } = useTranslation(['tracking', 'tracking-events']);
  const templates = useNotificationTemplates();
  const channels = channelsFor(order.customer);
  const [kind, setKind] = useState<NotificationKind>(() => defaultTemplateFor(item.kinds));
  const [channel, setChannel] = useState<NotificationChannel>('sms');
  const [note, setNote] = useState('');
  const noteError =
    note.trim().length > NOTE_MAX ? t('dialog.noteTooLong', { max: NOTE_MAX }) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (noteError) {
      event.currentTarget.querySelector<HTMLElement>('[name="note"]')?.focus();
      return;
    }
    onValid({ action: 'contact', template: kind, channel, note: note.trim() });
  }

  return (
    <form id={id} noValidate onSubmit={submit} className="flex flex-col gap-4">
      <div className="grid grid-cols-2 gap-3">
        <Select
          label={t('contact.template')}
          name="template"
          value={kind}
          onChange={(event) =>
            setKind(NOTIFICATION_KINDS.find((value) => value === event.target.value) ?? kind)
          }
          options={NOTIFICATION_KINDS.map((value) => ({
            value,
            label: t(`tracking-events:notification.${value}`),
          }))}
        />
        <Select
          label={t('contact.channel')}
          name="channel"
          value={channel}
          onChange={(event) =>
            setChannel(channels.find((value) => value === event.target.value) ?? channel)
          }
          hint={channels.includes('email') ? undefined : t('contact.noEmail')}
          options={channels.map((value) => ({
            value,
            label: t(`tracking-events:channel.${value}`),
          }))}
        />
      </div>
      <MessagePreview
        item={item}
        order={order}
        kind={kind}
        channel={channel}
        templates={templates.data}
        templatesFailed={templates.isError}
      />
      <NoteField
        label={t('dialog.note')}
        name="note"
        value={note}
        onChange={setNote}
        hint={t('dialog.noteHint')}
        error={noteError}
        maxLength={NOTE_MAX}
      />
    </form>
  );
}
