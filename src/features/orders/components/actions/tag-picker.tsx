import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import type { Tag } from '@/api/contract/reference';
import { Badge, TAG_COLOR_TONES } from '@/components/badge';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { Input } from '@/components/field';
import { useTags } from '../../api/list-tags';
import { focusFirstField } from './focus-first-field';
import { useClosingSubmit } from './use-closing-submit';

export interface TagChangeSet {
  add: string[];
  remove: string[];
}

export interface TagPickerDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  /** 'set': the tags the order has now. 'add-remove': tags to start as "add". */
  initiallySelected: string[];
  /** 'set' for one order (tick what it should carry); 'add-remove' for many (add, remove or leave each). */
  mode: 'set' | 'add-remove';
  /** Saves the change; the dialog closes when it resolves and stays open (choices kept) when it throws. */
  onApply(change: TagChangeSet): Promise<void> | void;
  pending?: boolean;
}

type Choice = 'add' | 'remove' | 'leave';

export function TagPickerDialog({
  open,
  onOpenChange,
  title,
  initiallySelected,
  mode,
  onApply,
  pending = false,
}: TagPickerDialogProps) {
  const { t } = useTranslation('order-actions');
  const formId = useId();
  const { busy, run, guardedOpenChange } = useClosingSubmit(onOpenChange, pending);

  async function apply(change: TagChangeSet) {
    if (change.add.length === 0 && change.remove.length === 0) {
      onOpenChange(false);
      return;
    }
    await run(() => onApply(change));
  }

  return (
    <Dialog
      open={open}
      onOpenChange={guardedOpenChange}
      onOpenAutoFocus={focusFirstField}
      title={title}
      footer={
        <>
          <Button variant="secondary" onClick={() => onOpenChange(false)} disabled={busy}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" form={formId} variant="primary" busy={busy}>
            {t('tags.apply')}
          </Button>
        </>
      }
    >
      <TagPickerForm
        id={formId}
        mode={mode}
        initiallySelected={initiallySelected}
        onValid={(change) => void apply(change)}
      />
    </Dialog>
  );
}

function TagPickerForm({
  id,
  mode,
  initiallySelected,
  onValid,
}: {
  id: string;
  mode: 'set' | 'add-remove';
  initiallySelected: readonly string[];
  onValid(change: TagChangeSet): void;
}) {
  const { t } = useTranslation('order-actions');
  const tags = useTags();
  const [filter, setFilter] = useState('');
  const [checked, setChecked] = useState(() => new Set(initiallySelected));
  const [choices, setChoices] = useState<ReadonlyMap<string, Choice>>(
    () => new Map(initiallySelected.map((tagId) => [tagId, 'add' as const])),
  );
  const query = filter.trim().toLowerCase();
  const visible = (tags.data ?? []).filter((tag) => tag.name.toLowerCase().includes(query));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mode === 'set') {
      const before = new Set(initiallySelected);
      onValid({
        add: [...checked].filter((tagId) => !before.has(tagId)),
        remove: [...before].filter((tagId) => !checked.has(tagId)),
      });
    } else {
      const entries = [...choices];
      onValid({
        add: entries.filter(([, choice]) => choice === 'add').map(([tagId]) => tagId),
        remove: entries.filter(([, choice]) => choice === 'remove').map(([tagId]) => tagId),
      });
    }
  }

  function toggle(tagId: string, on: boolean) {
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(tagId);
      else next.delete(tagId);
      return next;
    });
  }

  return (
    <form id={id} noValidate onSubmit={handleSubmit} className="flex flex-col gap-3">
      <Input
        type="search"
        aria-label={t('tags.filter')}
        placeholder={t('tags.filterPlaceholder')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        onKeyDown={(event) => {
          // Enter in the filter box narrows the list; it should not save a half-made choice.
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      {tags.isPending ? (
        <p className="text-sm text-slate-500">{t('tags.loading')}</p>
      ) : tags.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {t('tags.loadFailed')}
        </p>
      ) : visible.length === 0 ? (
        <p className="text-sm text-slate-500">{t('tags.noMatch')}</p>
      ) : mode === 'set' ? (
        <fieldset>
          <legend className="sr-only">{t('tags.legend')}</legend>
          <ul className="flex max-h-72 flex-col gap-1 overflow-y-auto">
            {visible.map((tag) => (
              <li key={tag.id}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    className="size-4 accent-accent-600"
                    checked={checked.has(tag.id)}
                    onChange={(event) => toggle(tag.id, event.target.checked)}
                  />
                  <TagBadge tag={tag} />
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : (
        <ul className="flex max-h-72 flex-col gap-1 overflow-y-auto">
          {visible.map((tag) => (
            <li key={tag.id}>
              <TagChoice
                tag={tag}
                choice={choices.get(tag.id) ?? 'leave'}
                onChange={(choice) => setChoices((current) => new Map(current).set(tag.id, choice))}
              />
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

function TagBadge({ tag }: { tag: Tag }) {
  return <Badge tone={TAG_COLOR_TONES[tag.color] ?? 'neutral'}>{tag.name}</Badge>;
}

const CHOICES: readonly Choice[] = ['add', 'remove', 'leave'];

/** One tag in bulk: add it to every order, remove it from every order, or leave it as it is. */
function TagChoice({
  tag,
  choice,
  onChange,
}: {
  tag: Tag;
  choice: Choice;
  onChange(choice: Choice): void;
}) {
  const { t } = useTranslation('order-actions');
  const name = useId();
  return (
    <fieldset className="flex items-center justify-between gap-3 rounded px-1 py-1 hover:bg-slate-50">
      <legend className="float-left">
        <TagBadge tag={tag} />
      </legend>
      <div className="flex gap-1 text-xs">
        {CHOICES.map((value) => (
          <label
            key={value}
            className="flex cursor-pointer items-center gap-1 rounded border border-slate-200 px-2 py-1 has-checked:border-accent-500 has-checked:bg-accent-50"
          >
            <input
              type="radio"
              name={name}
              value={value}
              checked={choice === value}
              onChange={() => onChange(value)}
              className="accent-accent-600"
            />
            {t(`tags.choice.${value}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
