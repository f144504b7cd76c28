import { useId, useRef, useState, type FormEvent } from 'react';
import type { PublicTrackingLookup } from '@/api/contract/tracking';
import { normalizeOrderNumber } from '@/domain/shipment/public-lookup';
import { useTranslation } from '@/i18n/react';

type Proof = 'phone' | 'email';
type Field = 'orderNumber' | 'phoneLast4' | 'email';
type Problems = Partial<Record<Field, string>>;

interface Values {
  orderNumber: string;
  proof: Proof;
  phoneLast4: string;
  email: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LAST_4 = /^\d{4}$/;

/** The same rules the contract checks, worded for the customer before anything is sent. */
function problemsOf(values: Values): Problems {
  const problems: Problems = {};
  if (normalizeOrderNumber(values.orderNumber) === '') problems.orderNumber = 'orderNumberRequired';
  if (values.proof === 'phone') {
    const digits = values.phoneLast4.trim();
    if (digits === '') problems.phoneLast4 = 'phoneRequired';
    else if (!LAST_4.test(digits)) problems.phoneLast4 = 'phoneInvalid';
  } else {
    const email = values.email.trim();
    if (email === '') problems.email = 'emailRequired';
    else if (!EMAIL.test(email)) problems.email = 'emailInvalid';
  }
  return problems;
}

function lookupOf(values: Values): PublicTrackingLookup {
  const orderNumber = normalizeOrderNumber(values.orderNumber);
  return values.proof === 'phone'
    ? { orderNumber, phoneLast4: values.phoneLast4.trim() }
    : { orderNumber, email: values.email.trim() };
}

const inputClass =
  'block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 aria-invalid:border-red-600';

export function LookupForm({
  sending,
  onLookUp,
}: {
  sending: boolean;
  onLookUp: (lookup: PublicTrackingLookup) => void;
}) {
  const { t } = useTranslation('track');
  const id = useId();
  const [values, setValues] = useState<Values>({
    orderNumber: '',
    proof: 'phone',
    phoneLast4: '',
    email: '',
  });
  // Messages appear once the customer has tried to send, then follow every keystroke.
  const [tried, setTried] = useState(false);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const problems = tried ? problemsOf(values) : {};

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    const found = problemsOf(values);
    const first = (['orderNumber', 'phoneLast4', 'email'] as const).find((field) => found[field]);
    if (first) {
      inputs.current[first]?.focus();
      return;
    }
    onLookUp(lookupOf(values));
  }

  const described = (field: Field, hint: boolean) =>
    [hint ? `${id}-${field}-hint` : null, problems[field] ? `${id}-${field}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;

  const problem = (field: Field) =>
    problems[field] ? (
      <p id={`${id}-${field}-error`} className="mt-1.5 text-sm text-red-700">
        <span aria-hidden="true">⚠ </span>
        {t(`validation.${problems[field]}`)}
      </p>
    ) : null;

  const proofField: Field = values.proof === 'phone' ? 'phoneLast4' : 'email';

  return (
    <form noValidate onSubmit={submit} aria-label={t('form.label')} className="space-y-5">
      <div>
        <label htmlFor={`${id}-orderNumber`} className="block text-sm font-medium text-slate-800">
          {t('form.orderNumber')}
        </label>
        <input
          ref={(element) => {
            inputs.current.orderNumber = element;
          }}
          id={`${id}-orderNumber`}
          name="orderNumber"
          className={`${inputClass} mt-1.5 font-mono uppercase`}
          value={values.orderNumber}
          onChange={(event) => set('orderNumber', event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          aria-invalid={problems.orderNumber ? true : undefined}
          aria-describedby={described('orderNumber', true)}
        />
        <p id={`${id}-orderNumber-hint`} className="mt-1.5 text-sm text-slate-600">
          {t('form.orderNumberHint')}
        </p>
        {problem('orderNumber')}
      </div>

      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('form.proof')}</legend>
        <div className="mt-1.5 grid grid-cols-2 gap-2">
          {(['phone', 'email'] as const).map((proof) => (
            <label
              key={proof}
              className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-sm has-checked:border-accent-600 has-checked:bg-accent-50 has-checked:font-medium has-checked:text-accent-800"
            >
              <input
                type="radio"
                name="proof"
                value={proof}
                checked={values.proof === proof}
                onChange={() => set('proof', proof)}
                className="size-4 accent-accent-600"
              />
              {t(proof === 'phone' ? 'form.byPhone' : 'form.byEmail')}
            </label>
          ))}
        </div>
      </fieldset>

      <div>
        <label htmlFor={`${id}-${proofField}`} className="block text-sm font-medium text-slate-800">
          {t(values.proof === 'phone' ? 'form.phoneLast4' : 'form.email')}
        </label>
        {values.proof === 'phone' ? (
          <input
            ref={(element) => {
              inputs.current.phoneLast4 = element;
            }}
            key="phoneLast4"
            id={`${id}-phoneLast4`}
            name="phoneLast4"
            className={`${inputClass} mt-1.5 max-w-40 font-mono tracking-widest`}
            value={values.phoneLast4}
            onChange={(event) => set('phoneLast4', event.target.value)}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            aria-invalid={problems.phoneLast4 ? true : undefined}
            aria-describedby={described('phoneLast4', true)}
          />
        ) : (
          <input
            ref={(element) => {
              inputs.current.email = element;
            }}
            key="email"
            id={`${id}-email`}
            name="email"
            type="email"
            className={`${inputClass} mt-1.5`}
            value={values.email}
            onChange={(event) => set('email', event.target.value)}
            inputMode="email"
            autoComplete="email"
            maxLength={254}
            aria-invalid={problems.email ? true : undefined}
            aria-describedby={described('email', true)}
          />
        )}
        <p id={`${id}-${proofField}-hint`} className="mt-1.5 text-sm text-slate-600">
          {t(values.proof === 'phone' ? 'form.phoneLast4Hint' : 'form.emailHint')}
        </p>
        {problem(proofField)}
      </div>

      <button
        type="submit"
        disabled={sending}
        className="w-full rounded-lg bg-accent-600 px-4 py-3 text-base font-semibold text-white shadow-sm hover:bg-accent-700 disabled:cursor-wait disabled:opacity-70 sm:w-auto sm:min-w-40"
      >
        {t(sending ? 'form.submitting' : 'form.submit')}
      </button>
    </form>
  );
}
