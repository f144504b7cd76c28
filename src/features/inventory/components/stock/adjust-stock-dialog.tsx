import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import type { StockLevel } from '@/api/contract/inventory';
import { isApiError } from '@/api/errors';
import { Field, Input } from '@/components/field';
import { toast } from '@/components/toast';
import { applyAdjustment } from '@/domain/inventory/adjustment';
import { ADJUSTMENT_REASONS, type AdjustmentReason } from '@/domain/inventory/vocabulary';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';
import { useAdjustStock } from '../../api/stock-mutations';
import { wholeNumberOf } from '../../lib/stock-input';
import { StockSaveProblem } from './stock-conflict';
import { StockFigures } from './stock-figures';
import { StockFormDialog, useReloadableLevel } from './stock-form-dialog';

const NOTE_MAX = 200;
const QUANTITY_MAX = 1_000_000;

export interface StockDialogProps {
  /** The level to change; null: the dialog is closed. */
  level: StockLevel | null;
  locationName: string;
  timeZone: string;
  onClose: () => void;
}

/**
 * 调整库存: a cycle count (the counted on hand), damage or a return to stock (units), with a
 * preview of the new on hand. Saved against the version it opened with; refusals keep the inputs.
 */
export function AdjustStockDialog({ level, locationName, timeZone, onClose }: StockDialogProps) {
  const { t } = useTranslation('inventory');
  const adjust = useAdjustStock();

  return (
    <StockFormDialog
      level={level}
      locationName={locationName}
      title={t('adjust.title')}
      saveLabel={t('adjust.save')}
      save={adjust}
      onClose={onClose}
    >
      {({ id, opened, onSaved }) => (
        <AdjustForm
          id={id}
          opened={opened}
          locationName={locationName}
          timeZone={timeZone}
          adjust={adjust}
          onSaved={onSaved}
        />
      )}
    </StockFormDialog>
  );
}

function AdjustForm({
  id,
  opened,
  locationName,
  timeZone,
  adjust,
  onSaved,
}: {
  id: string;
  opened: StockLevel;
  locationName: string;
  timeZone: string;
  adjust: ReturnType<typeof useAdjustStock>;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('inventory');
  const locale = i18n.language;
  const quantityInput = useRef<HTMLInputElement>(null);
  const { base, reloading, reload } = useReloadableLevel(opened);
  const [reason, setReason] = useState<AdjustmentReason>('cycle_count');
  const [quantityText, setQuantityText] = useState('');
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const quantity = wholeNumberOf(quantityText);
  const outcome =
    quantity === null || quantity > QUANTITY_MAX
      ? null
      : applyAdjustment({ onHand: base.onHand, reserved: base.reserved }, { reason, quantity });
  const serverBelowReserved = isApiError(adjust.error, 'below_reserved');

  const quantityError = (() => {
    if (quantityText.trim() !== '' && quantity === null) return t('adjust.errors.notWhole');
    if (quantity !== null && quantity > QUANTITY_MAX)
      return t('adjust.errors.tooLarge', { max: formatNumber(QUANTITY_MAX, locale) });
    if (serverBelowReserved || (outcome && !outcome.ok && outcome.error === 'below_reserved'))
      return t('adjust.errors.belowReserved', { reserved: formatNumber(base.reserved, locale) });
    if (!submitted) return undefined;
    if (quantity === null) return t('adjust.errors.required');
    if (outcome && !outcome.ok && outcome.error === 'quantity_required')
      return t('adjust.errors.atLeastOne');
    if (outcome && !outcome.ok && outcome.error === 'no_change') return t('adjust.errors.noChange');
    return undefined;
  })();

  async function reloadAfterConflict() {
    if (await reload()) adjust.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (adjust.isPending) return;
    setSubmitted(true);
    if (quantity === null || !outcome?.ok || serverBelowReserved) {
      quantityInput.current?.focus();
      return;
    }
    const trimmedNote = note.trim();
    adjust.mutate(
      {
        key: { locationId: base.locationId, productId: base.productId },
        adjustment: {
          version: base.version,
          reason,
          quantity,
          ...(trimmedNote ? { note: trimmedNote } : {}),
        },
      },
      {
        onSuccess: (saved) => {
          toast.success(
            t('adjust.saved', {
              sku: saved.sku,
              location: locationName,
              from: formatNumber(base.onHand, locale),
              to: formatNumber(saved.onHand, locale),
            }),
          );
          onSaved();
        },
        onError: (error) => {
          // Reserved grew since the dialog opened: show the figure the refusal is about.
          if (isApiError(error, 'below_reserved')) void reload();
          quantityInput.current?.focus();
        },
      },
    );
  }

  return (
    <form id={id} noValidate onSubmit={submit} className="flex flex-col gap-4">
      <StockFigures level={base} />
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t('adjust.reason')}</legend>
        <div className="flex flex-wrap gap-2">
          {ADJUSTMENT_REASONS.map((option) => (
            <label
              key={option}
              className={cn(
                'cursor-pointer rounded-md border px-3 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent-600',
                reason === option
                  ? 'border-accent-600 bg-accent-50 text-accent-800'
                  : 'border-slate-300 text-slate-700 hover:bg-slate-50',
              )}
            >
              <input
                type="radio"
                name="reason"
                value={option}
                checked={reason === option}
                onChange={() => setReason(option)}
                className="sr-only"
              />
              {t(`reason.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        label={t(`adjust.quantity.${reason}`)}
        hint={t(`adjust.quantityHint.${reason}`)}
        error={quantityError}
        required
      >
        {(control) => (
          <Input
            {...control}
            ref={quantityInput}
            name="quantity"
            data-autofocus
            inputMode="numeric"
            autoComplete="off"
            value={quantityText}
            className="w-40 tabular-nums"
            onChange={(event) => {
              setQuantityText(event.target.value);
              if (serverBelowReserved) adjust.reset();
            }}
          />
        )}
      </Field>
      <p role="status" className="min-h-5 text-sm text-slate-700">
        {outcome?.ok &&
          t('adjust.preview', {
            from: formatNumber(base.onHand, locale),
            to: formatNumber(outcome.onHand, locale),
          })}
      </p>
      <Field label={t('adjust.note')} hint={t('adjust.noteHint', { max: NOTE_MAX })}>
        {(control) => (
          <textarea
            {...control}
            name="note"
            value={note}
            rows={2}
            maxLength={NOTE_MAX}
            onChange={(event) => setNote(event.target.value)}
            className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs hover:border-slate-400 focus:border-accent-500"
          />
        )}
      </Field>
      {!serverBelowReserved && (
        <StockSaveProblem
          error={adjust.error}
          timeZone={timeZone}
          reloading={reloading}
          onReload={() => void reloadAfterConflict()}
        />
      )}
    </form>
  );
}
