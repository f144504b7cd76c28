import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import { COUPON_CAP_FEN, couponProblem, maxCoupon } from '@/domain/shipment/resolution';
import { Field } from '@/components/field';
import { AmountInput } from './amount-input';
import { formatMoney } from '@/lib/format';
import { fenFromYuan } from '@/domain/money';
import { NOTE_MAX, fieldProblem, type ResolutionFormProps } from './form-props';
import { NoteField } from './note-field';

/** 优惠券补偿: an amount in yuan up to the cap (half the order, ¥200 at most), and a note. */
export function CouponForm({ id, order, error, onEdit, onValid }: ResolutionFormProps) {
  const { t, i18n } = useTranslation('tracking');
  const locale = i18n.language;
  const [amountText, setAmountText] = useState('');
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const total = order.totals.total.amount;
  const max = maxCoupon(total);
  const amount = fenFromYuan(amountText);
  const problem = amount === null ? 'invalid' : couponProblem(amount, total);
  const serverProblem = fieldProblem(error, 'amount');
  const shown = submitted || amountText.trim() !== '' || serverProblem !== undefined;
  const amountError =
    shown && problem
      ? t(`coupon.${problem}`, { max: formatMoney(max, locale) })
      : serverProblem
        ? t('coupon.over_limit', { max: formatMoney(max, locale) })
        : undefined;
  const noteError =
    note.trim().length > NOTE_MAX ? t('dialog.noteTooLong', { max: NOTE_MAX }) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (problem || amount === null || noteError) {
      const first = problem ? 'amount' : 'note';
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onValid({ action: 'coupon', amount, note: note.trim() });
  }

  return (
    <form id={id} noValidate onSubmit={submit} className="flex flex-col gap-4">
      <Field
        className="max-w-xs"
        label={t('coupon.amount')}
        required
        error={amountError}
        hint={t('coupon.cap', {
          max: formatMoney(max, locale),
          cap: formatMoney(COUPON_CAP_FEN, locale),
        })}
      >
        {(control) => (
          <AmountInput
            {...control}
            value={amountText}
            onChange={(event) => {
              setAmountText(event.target.value);
              if (serverProblem) onEdit();
            }}
          />
        )}
      </Field>
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
