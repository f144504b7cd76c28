import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import type { StockLevel } from '@/api/contract/inventory';
import { TextInput } from '@/components/field';
import { toast } from '@/components/toast';
import { stockStatus } from '@/domain/inventory/stock';
import { MAX_REORDER_POINT, MAX_TARGET_COVER_DAYS } from '@/domain/inventory/vocabulary';
import { formatNumber } from '@/lib/format';
import { useUpdateThresholds } from '../../api/stock-mutations';
import { wholeNumberOf } from '../../lib/stock-input';
import { StockStatusBadge } from '../stock-status-badge';
import type { StockDialogProps } from './adjust-stock-dialog';
import { StockSaveProblem } from './stock-conflict';
import { StockFigures } from './stock-figures';
import { StockFormDialog, useReloadableLevel } from './stock-form-dialog';

/**
 * 设置阈值: the reorder point and target cover days of one level, with the status they would give
 * it now. Saved against the version it opened with; a conflict keeps the inputs.
 */
export function ThresholdsDialog({ level, locationName, timeZone, onClose }: StockDialogProps) {
  const { t } = useTranslation('inventory');
  const update = useUpdateThresholds();

  return (
    <StockFormDialog
      level={level}
      locationName={locationName}
      title={t('thresholds.title')}
      saveLabel={t('thresholds.save')}
      save={update}
      onClose={onClose}
    >
      {({ id, opened, onSaved }) => (
        <ThresholdsForm
          id={id}
          opened={opened}
          locationName={locationName}
          timeZone={timeZone}
          update={update}
          onSaved={onSaved}
        />
      )}
    </StockFormDialog>
  );
}

/** A whole number in 0..max (1..max for cover days), or the reason it is not. */
export function thresholdProblem(
  text: string,
  min: number,
  max: number,
): 'required' | 'notWhole' | 'outOfRange' | null {
  if (text.trim() === '') return 'required';
  const value = wholeNumberOf(text);
  if (value === null) return 'notWhole';
  return value < min || value > max ? 'outOfRange' : null;
}

function ThresholdsForm({
  id,
  opened,
  locationName,
  timeZone,
  update,
  onSaved,
}: {
  id: string;
  opened: StockLevel;
  locationName: string;
  timeZone: string;
  update: ReturnType<typeof useUpdateThresholds>;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('inventory');
  const locale = i18n.language;
  const form = useRef<HTMLFormElement>(null);
  const { base, reloading, reload } = useReloadableLevel(opened);
  const [reorderText, setReorderText] = useState(String(opened.reorderPoint));
  const [coverText, setCoverText] = useState(String(opened.targetCoverDays));
  const [submitted, setSubmitted] = useState(false);

  const reorderProblem = thresholdProblem(reorderText, 0, MAX_REORDER_POINT);
  const coverProblem = thresholdProblem(coverText, 1, MAX_TARGET_COVER_DAYS);
  const reorderPoint = reorderProblem ? null : wholeNumberOf(reorderText);
  const targetCoverDays = coverProblem ? null : wholeNumberOf(coverText);
  const errorOf = (problem: typeof reorderProblem, min: number, max: number) =>
    problem && (submitted || problem !== 'required')
      ? t(`thresholds.errors.${problem}`, {
          min: formatNumber(min, locale),
          max: formatNumber(max, locale),
        })
      : undefined;

  const nextStatus =
    reorderPoint !== null && targetCoverDays !== null
      ? stockStatus({
          onHand: base.onHand,
          reserved: base.reserved,
          velocity: base.velocity,
          reorderPoint,
          targetCoverDays,
        })
      : null;
  const unchanged = reorderPoint === base.reorderPoint && targetCoverDays === base.targetCoverDays;

  async function reloadAfterConflict() {
    if (await reload()) update.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    setSubmitted(true);
    if (reorderPoint === null || targetCoverDays === null) {
      const first = reorderPoint === null ? 'reorderPoint' : 'targetCoverDays';
      form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    if (unchanged) {
      onSaved();
      return;
    }
    update.mutate(
      {
        key: { locationId: base.locationId, productId: base.productId },
        thresholds: { version: base.version, reorderPoint, targetCoverDays },
      },
      {
        onSuccess: (saved) => {
          toast.success(t('thresholds.saved', { sku: saved.sku, location: locationName }));
          onSaved();
        },
      },
    );
  }

  return (
    <form ref={form} id={id} noValidate onSubmit={submit} className="flex flex-col gap-4">
      <StockFigures level={base} />
      <div className="grid grid-cols-2 gap-3">
        <TextInput
          label={t('thresholds.reorderPoint')}
          hint={t('thresholds.reorderPointHint')}
          error={errorOf(reorderProblem, 0, MAX_REORDER_POINT)}
          name="reorderPoint"
          data-autofocus
          inputMode="numeric"
          autoComplete="off"
          value={reorderText}
          onChange={(event) => setReorderText(event.target.value)}
          required
        />
        <TextInput
          label={t('thresholds.targetCoverDays')}
          hint={t('thresholds.targetCoverDaysHint')}
          error={errorOf(coverProblem, 1, MAX_TARGET_COVER_DAYS)}
          name="targetCoverDays"
          inputMode="numeric"
          autoComplete="off"
          value={coverText}
          onChange={(event) => setCoverText(event.target.value)}
          required
        />
      </div>
      <div
        role="status"
        className="flex min-h-6 flex-wrap items-center gap-2 text-sm text-slate-700"
      >
        {nextStatus && (
          <>
            <span>{t('thresholds.statusPreview')}</span>
            <StockStatusBadge status={base.status} />
            {nextStatus !== base.status && (
              <>
                <span aria-hidden="true">→</span>
                <span className="sr-only">{t('thresholds.becomes')}</span>
                <StockStatusBadge status={nextStatus} />
              </>
            )}
          </>
        )}
      </div>
      <StockSaveProblem
        error={update.error}
        timeZone={timeZone}
        reloading={reloading}
        onReload={() => void reloadAfterConflict()}
      />
    </form>
  );
}
