import { useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import type { Tag, TagUpdate } from '@/api/contract/reference';
import { ApiError } from '@/api/errors';
import { useRuntimeConfig } from '@/api/runtime-context';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { describeError } from '@/components/error-message';
import { TextInput } from '@/components/field';
import { toast } from '@/components/toast';
import { formatDateTime } from '@/lib/format';
import { useCreateTag, useUpdateTag } from '../api/tag-mutations';
import { tagsQuery } from '../api/tags';
import { TagColorPicker, type TagColorValue } from './tag-color-picker';

/** The contract's limit on a tag name. */
export const TAG_NAME_MAX = 24;

interface TagFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The tag to rename or recolour; without it the dialog creates a new one. */
  tag?: Tag;
}

/** Creates a tag, or renames and recolours one; the server's refusals appear where they apply. */
export function TagFormDialog({ open, onOpenChange, tag }: TagFormDialogProps) {
  const { t, i18n } = useTranslation('settings');
  const { timeZone } = useRuntimeConfig();
  const backend = useBackend();
  const queryClient = useQueryClient();
  const createTag = useCreateTag();
  const updateTag = useUpdateTag();
  const formId = useId();
  const nameInput = useRef<HTMLInputElement | null>(null);

  const [wasOpen, setWasOpen] = useState(false);
  const [base, setBase] = useState<Tag | undefined>(tag);
  const [name, setName] = useState(tag?.name ?? '');
  const [color, setColor] = useState<TagColorValue>(tag?.color ?? 'blue');
  const [nameError, setNameError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  // Each opening starts from the tag as the list shows it now.
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setBase(tag);
      setName(tag?.name ?? '');
      setColor(tag?.color ?? 'blue');
      setNameError(undefined);
      setProblem(undefined);
    }
  }

  const busy = createTag.isPending || updateTag.isPending;

  function validName(): string | null {
    const trimmed = name.trim();
    if (!trimmed) setNameError(t('tags.errors.required'));
    else if (trimmed.length > TAG_NAME_MAX)
      setNameError(t('tags.errors.tooLong', { max: TAG_NAME_MAX }));
    else return trimmed;
    nameInput.current?.focus();
    return null;
  }

  /** After a conflict: the tag as the server has it now, so the person decides on fresh data. */
  async function reloadAfterConflict(error: ApiError, id: string) {
    const changedAt = error.problem.current?.updatedAt;
    const who = error.problem.current?.updatedBy?.name;
    const time = changedAt ? formatDateTime(changedAt, timeZone, i18n.language) : '';
    setProblem(
      who ? t('tags.errors.conflictBy', { name: who, time }) : t('tags.errors.conflict', { time }),
    );
    const fresh = await queryClient.fetchQuery({ ...tagsQuery(backend), staleTime: 0 });
    const current = fresh.items.find((item) => item.id === id);
    if (!current) {
      setProblem(t('tags.errors.gone'));
      return;
    }
    setBase(current);
    setName(current.name);
    setColor(current.color);
  }

  async function handleError(error: unknown, id: string | undefined) {
    if (error instanceof ApiError && (error.code === 'duplicate' || error.code === 'conflict')) {
      setNameError(t('tags.errors.duplicate', { name: name.trim() }));
      nameInput.current?.focus();
    } else if (error instanceof ApiError && error.code === 'validation') {
      const onName = error.problem.errors?.find((e) => e.field === 'name');
      if (onName) setNameError(t('tags.errors.invalid'));
      else setProblem(describeError(t, error));
    } else if (error instanceof ApiError && error.code === 'version_conflict' && id) {
      await reloadAfterConflict(error, id);
    } else if (error instanceof ApiError && error.code === 'not_found') {
      setProblem(t('tags.errors.gone'));
    } else {
      setProblem(describeError(t, error));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setNameError(undefined);
    setProblem(undefined);
    const trimmed = validName();
    if (trimmed === null) return;
    try {
      if (base) {
        const change: TagUpdate = { version: base.version };
        if (trimmed !== base.name) change.name = trimmed;
        if (color !== base.color) change.color = color;
        if (change.name !== undefined || change.color !== undefined)
          await updateTag.mutateAsync({ id: base.id, change });
        toast.success(t('tags.toast.saved', { name: trimmed }));
      } else {
        await createTag.mutateAsync({ name: trimmed, color });
        toast.success(t('tags.toast.created', { name: trimmed }));
      }
      onOpenChange(false);
    } catch (error) {
      await handleError(error, base?.id);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      size="md"
      title={tag ? t('tags.form.editTitle', { name: tag.name }) : t('tags.form.createTitle')}
      onOpenAutoFocus={(event) => {
        if (nameInput.current) {
          event.preventDefault();
          nameInput.current.focus();
          nameInput.current.select();
        }
      }}
      footer={
        <>
          <Button variant="secondary" onClick={() => onOpenChange(false)} disabled={busy}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" form={formId} variant="primary" busy={busy}>
            {tag ? t('tags.form.save') : t('tags.form.create')}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={(event) => void submit(event)} noValidate className="grid gap-4">
        {problem && (
          <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
            {problem}
          </p>
        )}
        <TextInput
          ref={nameInput}
          label={t('tags.form.name')}
          hint={t('tags.form.nameHint', { max: TAG_NAME_MAX })}
          error={nameError}
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          autoComplete="off"
        />
        <TagColorPicker value={color} onChange={setColor} previewName={name} />
      </form>
    </Dialog>
  );
}
