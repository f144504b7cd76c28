import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import type { StockAlert } from '@/api/contract/inventory';
import { Button } from '@/components/button';
import { Field, Input } from '@/components/field';
import { toast } from '@/components/toast';
import { formatDateTime } from '@/lib/format';
import { useSnoozeAlert } from '../../api/alerts-mutations';
import { snoozeDateBounds, snoozeDateProblem } from '../../lib/alert-time';
import { describeAlertProblem } from './alert-problem';

type SnoozeMode = 'date' | 'level';

interface SnoozeFormProps {
  alert: StockAlert;
  /** The location's time zone: the date is a day there. */
  timeZone: string;
  onDone: () => void;
  onCancel: () => void;
  /** Smaller spacing, for the header panel, where the form opens in place and takes focus. */
  compact?: boolean;
}

/**
 * Puts an alert aside until a date (tomorrow by default, at most 90 days ahead, checked by the
 * server's own rule before sending) or until its level changes.
 */
export function SnoozeForm({
  alert,
  timeZone,
  onDone,
  onCancel,
  compact = false,
}: SnoozeFormProps) {
  const { t, i18n } = useTranslation('stock-alerts');
  const snooze = useSnoozeAlert();
  const [now] = useState(() => Date.now());
  const bounds = snoozeDateBounds(now, timeZone);
  const [mode, setMode] = useState<SnoozeMode>('date');
  const [date, setDate] = useState(bounds.min);
  const [dateError, setDateError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const dateInput = useRef<HTMLInputElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);
  const name = useId();
  useEffect(() => {
    // In a dialog the dialog moves focus in; in place, the form does it itself.
    if (compact) firstChoice.current?.focus();
  }, [compact]);
  const showDate = (day: string) =>
    formatDateTime(`${day}T12:00:00Z`, 'UTC', i18n.language, 'date');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (snooze.isPending) return;
    setProblem(undefined);
    let until: string | null = null;
    if (mode === 'date') {
      const wrong = snoozeDateProblem(date, now, timeZone);
      if (wrong) {
        setDateError(
          wrong === 'required'
            ? t('snooze.dateRequired')
            : t('snooze.dateRange', { min: showDate(bounds.min), max: showDate(bounds.max) }),
        );
        dateInput.current?.focus();
        return;
      }
      until = date;
    }
    setDateError(undefined);
    // Awaited rather than mutate's callbacks: the refresh can take the alert (and this form) off
    // the list before they would run, and then they never do.
    snooze.mutateAsync({ id: alert.id, version: alert.version, until }).then(
      () => {
        toast.success(t('actions.snoozed', { sku: alert.sku }));
        onDone();
      },
      (error: unknown) => setProblem(describeAlertProblem(t, error, timeZone, i18n.language)),
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className={compact ? 'flex flex-col gap-2' : 'flex flex-col gap-4'}
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t('snooze.mode')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            ref={firstChoice}
            type="radio"
            name={name}
            checked={mode === 'date'}
            onChange={() => setMode('date')}
            className="accent-accent-600"
          />
          {t('snooze.untilDate')}
        </label>
        {mode === 'date' && (
          <Field
            label={t('snooze.date')}
            className="ml-6"
            error={dateError}
            hint={
              compact ? undefined : t('snooze.dateHint', { timeZone, max: showDate(bounds.max) })
            }
          >
            {(control) => (
              <div className="w-48">
                <Input
                  {...control}
                  ref={dateInput}
                  type="date"
                  required
                  min={bounds.min}
                  max={bounds.max}
                  value={date}
                  onChange={(event) => {
                    setDate(event.target.value);
                    setDateError(undefined);
                  }}
                />
              </div>
            )}
          </Field>
        )}
        <div className="flex items-start gap-2 text-sm">
          <input
            id={`${name}-level`}
            type="radio"
            name={name}
            checked={mode === 'level'}
            onChange={() => setMode('level')}
            aria-describedby={compact ? undefined : `${name}-level-hint`}
            className="mt-1 accent-accent-600"
          />
          <span className="flex flex-col">
            <label htmlFor={`${name}-level`}>{t('snooze.untilLevelChange')}</label>
            {!compact && (
              <span id={`${name}-level-hint`} className="text-xs text-slate-600">
                {t('snooze.untilLevelChangeHint')}
              </span>
            )}
          </span>
        </div>
      </fieldset>
      {problem && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {problem}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" size={compact ? 'sm' : 'md'} onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          type="submit"
          variant="primary"
          size={compact ? 'sm' : 'md'}
          busy={snooze.isPending}
        >
          {t('snooze.submit')}
        </Button>
      </div>
    </form>
  );
}
