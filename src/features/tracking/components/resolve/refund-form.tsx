import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { refundProblem, refundableAmount } from '@/domain/shipment/resolution';
import { Field } from '@/components/field';
import { AmountInput } from './amount-input';
import { formatMoney } from '@/lib/format';
import { fenFromYuan } from '@/domain/money';
import { NOTE_MAX, fieldProblem, type ResolutionFormProps } from './form-props';
import { NoteField } from './note-field';

/**
 * What the customer paid and what was given back already, in fen. An order refunded as a whole
 * before refunds were itemised carries no refund records; it counts as refunded in full.
 */
export function paidAndRefunded(order: Order): { paid: number; refunded: number } {
  const paid = order.paidAt === null ? 0 : order.payment.amount.amount;
  const recorded = order.refunds.reduce((sum, refund) => sum + refund.amount.amount, 0);
  const refunded = order.payment.status === 'refunded' ? Math.max(recorded, paid) : recorded;
  return { paid, refunded };
}

type Mode = 'full' | 'partial';

/** 退款: everything still refundable (the default) or a part of it in yuan, and a required reason. */
export function RefundForm({ id, order, error, onEdit, onValid }: ResolutionFormProps) {
  const { t, i18n } = useTranslation('tracking');
  const locale = i18n.language;
  const [mode, setMode] = useState<Mode>('full');
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const { paid, refunded } = paidAndRefunded(order);
  const refundable = refundableAmount(paid, refunded);
  const max = formatMoney(refundable, locale);

  const amount = mode === 'full' ? refundable : fenFromYuan(amountText);
  const problem = amount === null ? 'invalid' : refundProblem(amount, paid, refunded);
  const serverAmountProblem = fieldProblem(error, 'amount');
  const amountShown = submitted || amountText.trim() !== '' || serverAmountProblem !== undefined;
  const amountError =
    paid > 0 && refundable === 0
      ? t('refund.nothingLeft')
      : problem && (mode === 'full' || amountShown)
        ? t(`refund.${problem}`, { max })
        : serverAmountProblem
          ? t('refund.over_refundable', { max })
          : undefined;
  const reasonEmpty = reason.trim() === '';
  const reasonError =
    submitted && reasonEmpty
      ? t('refund.reasonRequired')
      : reason.trim().length > NOTE_MAX
        ? t('dialog.noteTooLong', { max: NOTE_MAX })
        : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (problem || amount === null || reasonEmpty || reason.trim().length > NOTE_MAX) {
      const first = problem ? (mode === 'partial' ? 'amount' : 'mode') : 'reason';
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onValid({ action: 'refund', amount, reason: reason.trim() });
  }

  return (
    <form id={id} noValidate onSubmit={submit} className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t('refund.mode')}</legend>
        {(['full', 'partial'] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name="mode"
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value);
                if (serverAmountProblem) onEdit();
              }}
              className="size-4 accent-accent-600"
            />
            {value === 'full' ? t('refund.full', { amount: max }) : t('refund.partial')}
          </label>
        ))}
      </fieldset>
      {mode === 'partial' && (
        <Field
          className="max-w-xs"
          label={t('refund.amount')}
          required
          error={amountError}
          hint={t('refund.amountHint', { max })}
        >
          {(control) => (
            <AmountInput
              {...control}
              value={amountText}
              onChange={(event) => {
                setAmountText(event.target.value);
                if (serverAmountProblem) onEdit();
              }}
            />
          )}
        </Field>
      )}
      {mode === 'full' && amountError && (
        <p role="alert" className="text-xs text-red-700">
          {amountError}
        </p>
      )}
      <NoteField
        label={t('refund.reason')}
        name="reason"
        required
        value={reason}
        onChange={setReason}
        error={reasonError}
        maxLength={NOTE_MAX}
      />
    </form>
  );
}
