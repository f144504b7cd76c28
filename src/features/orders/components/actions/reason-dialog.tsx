import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import {
  CANCEL_REASONS,
  HOLD_REASONS,
  type CancelReason,
  type HoldReason,
} from '@/domain/order/status';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { Field, Input, Select } from '@/components/field';
import { dateInTimeZone } from '@/lib/format';
import { endOfDayIn } from './zoned-time';
import { focusFirstField } from './focus-first-field';
import { useClosingSubmit } from './use-closing-submit';

export type ReasonKind = 'hold' | 'reject' | 'cancel';

export interface ReasonValues {
  reason: HoldReason | CancelReason;
  note: string;
  /** Hold only, when the dialog offers it: the end of the chosen day in the store's time zone. */
  until?: string | null;
}

export interface ReasonDialogProps {
  kind: ReasonKind;
  open: boolean;
  onOpenChange(open: boolean): void;
  /**
   * Saves the choice. The dialog closes itself when this resolves; when it throws, the dialog
   * stays open with everything typed, so the caller can show why (see `notice`).
   */
  onSubmit(values: ReasonValues): Promise<void> | void;
  /** In bulk: how many orders the action applies to ("Hold 48 orders"). */
  count?: number;
  pending?: boolean;
  /** Offer an optional "held until" day (hold on one order); the day ends in this time zone. */
  holdUntilTimeZone?: string;
  /** Shown above the form, e.g. a ConflictNotice when the last attempt was refused. */
  notice?: ReactNode;
}

const NOTE_MAX = 500;

function reasonsOf(kind: ReasonKind): readonly (HoldReason | CancelReason)[] {
  return kind === 'hold' ? HOLD_REASONS : CANCEL_REASONS;
}

/**
 * Asks why an order is held, rejected or cancelled. A reason is always required; "other" needs
 * a note saying what it is.
 */
export function ReasonDialog({
  kind,
  open,
  onOpenChange,
  onSubmit,
  count,
  pending = false,
  holdUntilTimeZone,
  notice,
}: ReasonDialogProps) {
  const { t } = useTranslation('order-actions');
  const formId = useId();
  const { busy, run, guardedOpenChange } = useClosingSubmit(onOpenChange, pending);
  const title = count === undefined ? t(`${kind}.title`) : t(`${kind}.titleBulk`, { count });

  const submit = (values: ReasonValues) => run(() => onSubmit(values));

  return (
    <Dialog
      open={open}
      onOpenChange={guardedOpenChange}
      onOpenAutoFocus={focusFirstField}
      title={title}
      description={t(`${kind}.description`)}
      footer={
        <>
          <Button variant="secondary" onClick={() => onOpenChange(false)} disabled={busy}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            type="submit"
            form={formId}
            variant={kind === 'hold' ? 'primary' : 'danger'}
            busy={busy}
          >
            {count === undefined ? t(`${kind}.submit`) : t(`${kind}.submitBulk`, { count })}
          </Button>
        </>
      }
    >
      <ReasonForm
        id={formId}
        kind={kind}
        holdUntilTimeZone={kind === 'hold' ? holdUntilTimeZone : undefined}
        notice={notice}
        onValid={(values) => void submit(values)}
      />
    </Dialog>
  );
}

/** The form lives inside the dialog's content, so its state starts afresh each time it opens. */
function ReasonForm({
  id,
  kind,
  holdUntilTimeZone,
  notice,
  onValid,
}: {
  id: string;
  kind: ReasonKind;
  holdUntilTimeZone?: string;
  notice?: ReactNode;
  onValid(values: ReasonValues): void;
}) {
  const { t } = useTranslation('order-actions');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [untilDate, setUntilDate] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const reasons = reasonsOf(kind);
  const chosen = reasons.find((value) => value === reason);
  const noteRequired = chosen === 'other';

  const reasonError = showErrors && !chosen ? t('reason.required') : undefined;
  const noteError =
    showErrors && noteRequired && note.trim() === ''
      ? t('reason.noteRequired')
      : note.length > NOTE_MAX
        ? t('reason.noteTooLong', { max: NOTE_MAX })
        : undefined;
  const today = holdUntilTimeZone ? dateInTimeZone(new Date(), holdUntilTimeZone) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    if (!chosen || (noteRequired && note.trim() === '') || note.length > NOTE_MAX) {
      const firstInvalid = event.currentTarget.querySelector<HTMLElement>(
        chosen ? 'textarea' : 'select',
      );
      firstInvalid?.focus();
      return;
    }
    onValid({
      reason: chosen,
      note: note.trim(),
      ...(holdUntilTimeZone
        ? { until: untilDate ? endOfDayIn(untilDate, holdUntilTimeZone) : null }
        : {}),
    });
  }

  return (
    <form id={id} noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
      {notice}
      <Select
        label={t('reason.label')}
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={reasonError}
        options={[
          { value: '', label: t('reason.placeholder') },
          ...reasons.map((value) => ({
            value,
            label: t(
              kind === 'hold' ? `orders:holdReason.${value}` : `orders:cancelReason.${value}`,
            ),
          })),
        ]}
      />
      <Field
        label={t('reason.note')}
        required={noteRequired}
        error={noteError}
        hint={noteRequired ? t('reason.noteHintOther') : t('reason.noteHint')}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={note}
            maxLength={NOTE_MAX + 50}
            onChange={(event) => setNote(event.target.value)}
            className="w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm shadow-xs hover:border-slate-400 focus:border-accent-500 aria-invalid:border-red-500"
          />
        )}
      </Field>
      {holdUntilTimeZone && (
        <Field label={t('hold.until')} hint={t('hold.untilHint')}>
          {(control) => (
            <Input
              {...control}
              type="date"
              min={today}
              value={untilDate}
              onChange={(event) => setUntilDate(event.target.value)}
              className="w-48"
            />
          )}
        </Field>
      )}
    </form>
  );
}
