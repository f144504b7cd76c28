import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n';
import type { Note, Order } from '@/api/contract/orders';
import { useCurrentUser } from '@/api/session-store';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Field } from '@/components/field';
import { toast } from '@/components/toast';
import { useAddNote, useDeleteNote, useEditNote } from '../../api/order-mutations';
import { useOrderFormatting } from '../../lib/use-order-formatting';
import { toastSaveError } from '../actions/conflict-notice';
import { Section } from './section';
import { useSessionDraft } from './use-session-draft';

// The tags card lived here before it had its own file; existing imports keep working.
export { TagsCard } from './tags-card';

const NOTE_MAX = 2000;
const TEXTAREA =
  'w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm shadow-xs hover:border-slate-400 focus:border-accent-500 aria-invalid:border-red-500';

/** Ctrl+Enter (⌘+Enter on a Mac) saves: the way chat and ticket tools work. */
function isSubmitChord(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

export function noteDraftKey(orderId: string): string {
  return `order-desk.note-draft.${orderId}`;
}

/** Internal notes, newest first: add one; edit and delete your own. */
export function NotesCard({ order }: { order: Order }) {
  const { t } = useTranslation('order-actions');
  const user = useCurrentUser();
  const notes = [...order.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Section title={t('orders:detail.notes')}>
      <AddNoteForm orderId={order.id} />
      {notes.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t('orders:detail.noNotes')}</p>
      ) : (
        <ul aria-label={t('notes.listLabel')} className="mt-4 flex flex-col gap-3">
          {notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              order={order}
              mine={user !== null && note.author.id === user.id}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}

function AddNoteForm({ orderId }: { orderId: string }) {
  const { t } = useTranslation('order-actions');
  const [draft, setDraft, clearDraft] = useSessionDraft(noteDraftKey(orderId));
  const addNote = useAddNote(orderId);
  const body = draft.trim();
  const tooLong = body.length > NOTE_MAX;

  function save() {
    if (body === '' || tooLong || addNote.isPending) return;
    addNote.mutate(body, {
      onSuccess: () => {
        clearDraft();
        toast.success(t('notes.added'));
      },
      onError: (error) => toastSaveError(t, error, save),
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      className="flex flex-col gap-2"
    >
      <Field
        label={t('notes.addLabel')}
        hint={t('notes.shortcut')}
        error={tooLong ? t('notes.tooLong', { max: NOTE_MAX }) : undefined}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (isSubmitChord(event)) {
                event.preventDefault();
                save();
              }
            }}
            className={TEXTAREA}
          />
        )}
      </Field>
      <div className="flex justify-end">
        <Button
          type="submit"
          size="sm"
          variant="primary"
          busy={addNote.isPending}
          disabled={body === '' || tooLong}
        >
          {t('notes.add')}
        </Button>
      </div>
    </form>
  );
}

function NoteItem({ note, order, mine }: { note: Note; order: Order; mine: boolean }) {
  const { t } = useTranslation('order-actions');
  const format = useOrderFormatting();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const deleteNote = useDeleteNote(order.id);

  async function remove() {
    try {
      await deleteNote.mutateAsync(note.id);
      toast.success(t('notes.deleted'));
    } catch (error) {
      toastSaveError(t, error);
      throw error;
    }
  }

  return (
    <li className="text-sm">
      {editing ? (
        <EditNoteForm note={note} orderId={order.id} onDone={() => setEditing(false)} />
      ) : (
        <p className="whitespace-pre-wrap break-words text-slate-900">{note.body}</p>
      )}
      <div className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
        <span>
          {t('orders:detail.noteBy', {
            name: note.author.name,
            time: format.dateTime(note.createdAt, order.timeZone),
          })}
          {note.updatedAt && (
            <span
              title={t('notes.editedAt', {
                time: format.dateTime(note.updatedAt, order.timeZone),
              })}
            >
              {t('orders:detail.edited')}
            </span>
          )}
        </span>
        {mine && !editing && (
          <span className="flex gap-1">
            <Button
              size="sm"
              variant="ghost"
              aria-label={t('notes.editLabel', {
                time: format.dateTime(note.createdAt, order.timeZone),
              })}
              onClick={() => setEditing(true)}
            >
              {t('notes.edit')}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              aria-label={t('notes.deleteLabel', {
                time: format.dateTime(note.createdAt, order.timeZone),
              })}
              aria-haspopup="dialog"
              onClick={() => setConfirmingDelete(true)}
            >
              {t('notes.delete')}
            </Button>
          </span>
        )}
      </div>
      <ConfirmDialog
        open={confirmingDelete}
        onOpenChange={setConfirmingDelete}
        title={t('notes.deleteTitle')}
        description={note.body.length > 80 ? `${note.body.slice(0, 80)}…` : note.body}
        confirmLabel={t('notes.delete')}
        tone="danger"
        onConfirm={remove}
      />
    </li>
  );
}

function EditNoteForm({ note, orderId, onDone }: { note: Note; orderId: string; onDone(): void }) {
  const { t } = useTranslation('order-actions');
  const id = useId();
  const [value, setValue] = useState(note.body);
  const editNote = useEditNote(orderId);
  const body = value.trim();
  const tooLong = body.length > NOTE_MAX;

  function save() {
    if (body === '' || tooLong || editNote.isPending) return;
    if (body === note.body) {
      onDone();
      return;
    }
    editNote.mutate(
      { noteId: note.id, body },
      {
        onSuccess: () => {
          toast.success(t('notes.saved'));
          onDone();
        },
        onError: (error) => toastSaveError(t, error, save),
      },
    );
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      className="flex flex-col gap-2"
    >
      <label htmlFor={id} className="sr-only">
        {t('notes.editField')}
      </label>
      <textarea
        id={id}
        rows={3}
        // The person just asked to edit this note: the field is where they want to be.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        value={value}
        aria-invalid={tooLong || body === '' || undefined}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (isSubmitChord(event)) {
            event.preventDefault();
            save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          }
        }}
        className={TEXTAREA}
      />
      <div className="flex justify-end gap-2">
        <Button size="sm" variant="secondary" onClick={onDone} disabled={editNote.isPending}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          type="submit"
          size="sm"
          variant="primary"
          busy={editNote.isPending}
          disabled={body === '' || tooLong}
        >
          {t('notes.save')}
        </Button>
      </div>
    </form>
  );
}
