import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import { NOTE_MAX, fieldProblem, type ResolutionFormProps } from './form-props';
import { NoteField } from './note-field';

/** 标记已处理: what was done, in a required note. */
export function ResolveForm({ id, error, onEdit, onValid }: ResolutionFormProps) {
  const { t } = useTranslation('tracking');
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const empty = note.trim() === '';
  const tooLong = note.trim().length > NOTE_MAX;
  const serverProblem = fieldProblem(error, 'note');
  const noteError =
    (submitted || serverProblem) && empty
      ? t('resolve.noteRequired')
      : tooLong
        ? t('dialog.noteTooLong', { max: NOTE_MAX })
        : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (empty || tooLong) {
      event.currentTarget.querySelector<HTMLElement>('[name="note"]')?.focus();
      return;
    }
    onValid({ action: 'resolve', note: note.trim() });
  }

  return (
    <form id={id} noValidate onSubmit={submit} className="flex flex-col gap-4">
      <NoteField
        label={t('resolve.note')}
        name="note"
        required
        value={note}
        onChange={(value) => {
          setNote(value);
          if (serverProblem) onEdit();
        }}
        hint={t('resolve.noteHint')}
        error={noteError}
        maxLength={NOTE_MAX}
      />
    </form>
  );
}
