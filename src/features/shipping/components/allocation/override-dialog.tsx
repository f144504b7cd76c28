import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import type { AllocationCandidate, LocationOption } from '@/api/contract/fulfilment';
import { isApiError } from '@/api/errors';
import { Badge } from '@/components/badge';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { describeError } from '@/components/error-message';
import { Select } from '@/components/field';
import { toast } from '@/components/toast';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';
import { useAllocateOrder } from '../../api/allocation';
import { AllocationProblem } from './allocation-problem';
import type { AllocatedOrder } from './use-bulk-allocation';

export interface OverrideDialogProps {
  /** The order as the list shows it now (a reload brings its newest version). */
  candidate: AllocationCandidate | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onAllocated: (order: AllocatedOrder) => void;
  /** Fetches the list again after a conflict. */
  onReload: () => Promise<unknown>;
}

/** Starts in the chosen location (or the first one that can fulfil), not on the close button. */
function focusChosenLocation(event: Event): void {
  const content = event.currentTarget;
  if (!(content instanceof HTMLElement)) return;
  const target =
    content.querySelector<HTMLElement>('form input[type="radio"]:checked:not(:disabled)') ??
    content.querySelector<HTMLElement>('form input:not(:disabled), form select:not(:disabled)');
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

function initialLocation(candidate: AllocationCandidate): string {
  return (
    candidate.suggestion?.locationId ??
    candidate.options.find((option) => option.canFulfil)?.locationId ??
    ''
  );
}

/** "Change…": allocate one order to a location and carrier of the user's choosing. */
export function OverrideDialog({
  candidate,
  open,
  onOpenChange,
  onAllocated,
  onReload,
}: OverrideDialogProps) {
  const { t } = useTranslation('allocation');
  const formId = useId();
  const allocate = useAllocateOrder();
  const pending = allocate.isPending;

  return (
    <Dialog
      open={open && candidate !== null}
      onOpenChange={(next) => {
        if (pending) return;
        onOpenChange(next);
        if (!next) allocate.reset();
      }}
      onOpenAutoFocus={focusChosenLocation}
      size="md"
      title={t('change.title')}
      description={candidate && t('change.description', { number: candidate.order.number })}
      footer={
        <>
          <Button variant="secondary" disabled={pending} onClick={() => onOpenChange(false)}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" form={formId} variant="primary" busy={pending}>
            {t('change.submit')}
          </Button>
        </>
      }
    >
      {candidate && (
        <OverrideForm
          // A different order starts afresh; a reload of the same one keeps what was chosen.
          key={candidate.order.id}
          id={formId}
          candidate={candidate}
          error={allocate.error}
          onReload={async () => {
            await onReload();
            allocate.reset();
          }}
          onSubmit={(locationId, carrier) =>
            allocate.mutate(
              {
                orderId: candidate.order.id,
                request: { version: candidate.order.version, locationId, carrier },
              },
              {
                onSuccess: () => {
                  const option = candidate.options.find((o) => o.locationId === locationId);
                  const locationName = option?.locationName ?? locationId;
                  toast.success(
                    t('change.done', {
                      number: candidate.order.number,
                      location: locationName,
                      carrier: t(`shipping:carrier.${carrier}`),
                    }),
                  );
                  onAllocated({ orderId: candidate.order.id, locationId, locationName });
                  onOpenChange(false);
                },
                onError: (error) => {
                  if (
                    !isApiError(error, 'insufficient_stock') &&
                    !isApiError(error, 'version_conflict') &&
                    !isApiError(error, 'wrong_state')
                  )
                    toast.error(t('change.failed', { reason: describeError(t, error) }));
                },
              },
            )
          }
        />
      )}
    </Dialog>
  );
}

function OverrideForm({
  id,
  candidate,
  error,
  onReload,
  onSubmit,
}: {
  id: string;
  candidate: AllocationCandidate;
  error: unknown;
  onReload: () => Promise<void>;
  onSubmit: (locationId: string, carrier: Carrier) => void;
}) {
  const { t } = useTranslation('allocation');
  const [locationId, setLocationId] = useState(() => initialLocation(candidate));
  const [carrier, setCarrier] = useState<Carrier>(candidate.ruleCarrier);
  const [missingChoice, setMissingChoice] = useState(false);
  const noneFits = !candidate.options.some((option) => option.canFulfil);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = candidate.options.find((option) => option.locationId === locationId);
    if (!chosen?.canFulfil) {
      setMissingChoice(true);
      return;
    }
    onSubmit(locationId, carrier);
  }

  return (
    <form id={id} noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
      <AllocationProblem error={error} onReload={onReload} />
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t('change.location')}</legend>
        {noneFits && <p className="text-sm text-red-700">{t('change.noneFits')}</p>}
        {candidate.options.map((option) => (
          <LocationChoice
            key={option.locationId}
            option={option}
            name={`${id}-location`}
            checked={locationId === option.locationId}
            suggested={candidate.suggestion?.locationId === option.locationId}
            onChoose={() => {
              setLocationId(option.locationId);
              setMissingChoice(false);
            }}
          />
        ))}
        {missingChoice && (
          <p role="alert" className="text-xs text-red-700">
            {t('change.chooseLocation')}
          </p>
        )}
      </fieldset>
      <Select
        label={t('change.carrier')}
        value={carrier}
        hint={t('change.carrierHint', { carrier: t(`shipping:carrier.${candidate.ruleCarrier}`) })}
        onChange={(event) =>
          setCarrier(CARRIERS.find((c) => c === event.target.value) ?? candidate.ruleCarrier)
        }
        options={CARRIERS.map((code) => ({ value: code, label: t(`shipping:carrier.${code}`) }))}
        fieldClassName="max-w-xs"
      />
    </form>
  );
}

function LocationChoice({
  option,
  name,
  checked,
  suggested,
  onChoose,
}: {
  option: LocationOption;
  name: string;
  checked: boolean;
  suggested: boolean;
  onChoose: () => void;
}) {
  const { t, i18n } = useTranslation('allocation');
  const inputId = useId();
  const statusId = `${inputId}-status`;
  const lacking = option.shortSkus.length;
  return (
    <div
      className={cn(
        'flex items-start gap-2.5 rounded-md border px-3 py-2',
        checked ? 'border-accent-400 bg-accent-50/60' : 'border-slate-200',
        option.canFulfil ? 'hover:bg-slate-50' : 'bg-slate-50',
      )}
    >
      <input
        id={inputId}
        type="radio"
        name={name}
        value={option.locationId}
        checked={checked}
        disabled={!option.canFulfil}
        aria-describedby={statusId}
        onChange={onChoose}
        className="mt-0.5 size-4 accent-accent-600"
      />
      <span className="flex min-w-0 flex-1 flex-col gap-0.5">
        <span className="flex flex-wrap items-center gap-1.5">
          <label
            htmlFor={inputId}
            className={cn(
              'font-medium',
              option.canFulfil
                ? 'cursor-pointer text-slate-900'
                : 'cursor-not-allowed text-slate-500',
            )}
          >
            {option.locationName}
          </label>
          <Badge tone="neutral">{t(`kind.${option.kind}`)}</Badge>
          {suggested && <Badge tone="accent">{t('change.suggested')}</Badge>}
        </span>
        <span
          id={statusId}
          className={cn('text-xs', option.canFulfil ? 'text-emerald-800' : 'text-red-700')}
        >
          {option.canFulfil
            ? t('change.canFulfil')
            : t('change.lacks', {
                skus: option.shortSkus.slice(0, 5).join('、'),
                count: lacking,
                n: formatNumber(lacking, i18n.language),
              })}
        </span>
      </span>
    </div>
  );
}
