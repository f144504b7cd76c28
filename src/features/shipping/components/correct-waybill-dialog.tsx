import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import type { OrderSummary } from '@/api/contract/orders';
import { isApiError } from '@/api/errors';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { describeError } from '@/components/error-message';
import { Field, Input, Select } from '@/components/field';
import { toast } from '@/components/toast';
import { checkWaybillNumber } from '@/domain/waybill/check';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import { CORRECTION_REASON_MAX, correctionReasonProblem } from '@/domain/waybill/correction';
import { useCorrectWaybill } from '../api/correct-waybill';
import { isWaybillProblem, numberVerdict, waybillProblemText } from '../lib/waybill-words';
import { ServerProblem } from './correct-waybill-problem';

export interface CorrectWaybillDialogProps {
  /** The shipped order whose waybill is corrected; null: the dialog is closed. */
  order: OrderSummary | null;
  onClose: () => void;
}

/**
 * 更正运单号: a new number (checked as it is typed, against the chosen carrier), the carrier and a
 * required reason. Saved against the version on screen; the backend records who, why and the old number.
 */
export function CorrectWaybillDialog({ order, onClose }: CorrectWaybillDialogProps) {
  const { t } = useTranslation('shipping');
  const formId = useId();
  const correct = useCorrectWaybill();
  const open = order !== null;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (correct.isPending) return;
        if (!next) {
          correct.reset();
          onClose();
        }
      }}
      title={t('correct.title')}
      description={order ? t('correct.description', { number: order.number }) : undefined}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={correct.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" form={formId} variant="primary" busy={correct.isPending}>
            {t('correct.save')}
          </Button>
        </>
      }
    >
      {order && (
        <CorrectionForm
          key={order.id}
          id={formId}
          order={order}
          error={correct.error}
          clearServerError={() => correct.reset()}
          onValid={(correction) =>
            correct.mutate(
              { orderId: order.id, correction },
              {
                onSuccess: (saved) => {
                  const shipment = saved.shipments.at(-1);
                  toast.success(
                    t('correct.saved', { number: saved.number, waybill: shipment?.waybill ?? '' }),
                  );
                  correct.reset();
                  onClose();
                },
              },
            )
          }
        />
      )}
    </Dialog>
  );
}

interface Correction {
  version: number;
  waybill: string;
  carrier: Carrier;
  reason: string;
}

function CorrectionForm({
  id,
  order,
  error,
  onValid,
  clearServerError,
}: {
  id: string;
  order: OrderSummary;
  error: unknown;
  onValid: (correction: Correction) => void;
  clearServerError: () => void;
}) {
  const { t } = useTranslation('shipping');
  const [waybill, setWaybill] = useState('');
  const [carrier, setCarrier] = useState<Carrier>(order.carrier ?? 'SF');
  const [reason, setReason] = useState('');
  const [version, setVersion] = useState(order.version);
  const [submitted, setSubmitted] = useState(false);
  const carrierName = t(`carrier.${carrier}`);

  const check = useMemo(() => checkWaybillNumber(waybill, carrier), [waybill, carrier]);
  const verdict = numberVerdict(t, check.problems, carrierName);
  const sameAsNow =
    check.normalised !== '' && check.normalised === order.waybill && carrier === order.carrier;

  // The server's word on the number (422 with the field, or 409 when another order has it).
  const serverNumberError = (() => {
    if (isApiError(error, 'duplicate'))
      return t('correct.duplicate', { waybill: check.normalised });
    if (!isApiError(error, 'validation')) return undefined;
    const field = error.problem.errors?.find((item) => item.field === 'waybill');
    if (!field) return undefined;
    if (field.code === 'unchanged') return t('correct.sameNumber');
    return isWaybillProblem(field.code)
      ? waybillProblemText(t, field.code, carrierName)
      : t('correct.numberInvalid');
  })();
  const serverReasonCode = isApiError(error, 'validation')
    ? error.problem.errors?.find((item) => item.field === 'reason')?.code
    : undefined;
  const serverReasonError = serverReasonCode
    ? t(
        serverReasonCode === 'reason_too_long'
          ? 'correct.reason_too_long'
          : 'correct.reason_missing',
        {
          max: CORRECTION_REASON_MAX,
        },
      )
    : undefined;

  const numberError =
    serverNumberError ??
    (sameAsNow
      ? t('correct.sameNumber')
      : verdict.kind === 'error'
        ? verdict.message
        : submitted && verdict.kind === 'empty'
          ? t('correct.numberRequired')
          : undefined);
  const reasonProblem = correctionReasonProblem(reason);
  const reasonError =
    serverReasonError ??
    (submitted && reasonProblem
      ? t(`correct.${reasonProblem}`, { max: CORRECTION_REASON_MAX })
      : undefined);
  const numberHint =
    verdict.kind === 'ok' || verdict.kind === 'warning' ? verdict.message : t('correct.numberHint');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    const numberBlocked = verdict.kind === 'empty' || verdict.kind === 'error' || sameAsNow;
    if (numberBlocked || reasonProblem) {
      const first = numberBlocked ? 'waybill' : 'reason';
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onValid({ version, waybill: check.normalised, carrier, reason: reason.trim() });
  }

  return (
    <form id={id} noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t('correct.current')}</dt>
        <dd className="font-mono text-slate-900">
          {order.carrier ? `${t(`carrier.${order.carrier}`)} · ` : ''}
          {order.waybill}
        </dd>
      </dl>
      <Field label={t('correct.newNumber')} required error={numberError} hint={numberHint}>
        {(control) => (
          <Input
            {...control}
            name="waybill"
            value={waybill}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            className="font-mono"
            onChange={(event) => {
              setWaybill(event.target.value);
              if (serverNumberError) clearServerError();
            }}
          />
        )}
      </Field>
      <Select
        label={t('correct.carrier')}
        name="carrier"
        value={carrier}
        onChange={(event) => {
          setCarrier(CARRIERS.find((c) => c === event.target.value) ?? carrier);
          if (serverNumberError) clearServerError();
        }}
        options={CARRIERS.map((code) => ({ value: code, label: t(`carrier.${code}`) }))}
      />
      <Field
        label={t('correct.reason')}
        required
        error={reasonError}
        hint={t('correct.reasonHint')}
      >
        {(control) => (
          <textarea
            {...control}
            name="reason"
            value={reason}
            rows={2}
            maxLength={CORRECTION_REASON_MAX}
            onChange={(event) => {
              setReason(event.target.value);
              if (serverReasonError) clearServerError();
            }}
            className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs hover:border-slate-400 focus:border-accent-500 aria-invalid:border-red-500"
          />
        )}
      </Field>
      <ServerProblem
        error={error}
        onUseCurrentVersion={(current) => {
          setVersion(current);
          clearServerError();
        }}
        fallback={(problem) => describeError(t, problem)}
      />
    </form>
  );
}
