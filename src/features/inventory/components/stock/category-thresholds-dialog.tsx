import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import type { CategoryThresholdUpdate } from '@/api/contract/inventory';
import type { Location } from '@/api/contract/reference';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { describeError } from '@/components/error-message';
import { Select } from '@/components/field';
import { toast } from '@/components/toast';
import { MAX_REORDER_POINT, MAX_TARGET_COVER_DAYS } from '@/domain/inventory/vocabulary';
import { formatNumber } from '@/lib/format';
import { stockOptions } from '../../api/list-stock';
import { useUpdateCategoryThresholds } from '../../api/stock-mutations';
import { wholeNumberOf } from '../../lib/stock-input';
import { LocationChecklist } from './location-checklist';
import { OptionalNumberField } from './optional-number-field';

export interface CategoryThresholdsDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  categories: readonly string[];
  /** The locations the person may set thresholds at. */
  locations: readonly Location[];
  /** What the list is filtered to now: the starting choice. */
  initialCategory: string;
  initialLocationIds: readonly string[];
}

/**
 * 按品类设置阈值: one reorder point and/or target cover days for every SKU of a category at the
 * chosen locations. Says how many levels that may touch before it is sent.
 */
export function CategoryThresholdsDialog(props: CategoryThresholdsDialogProps) {
  const { open, onOpenChange } = props;
  const { t } = useTranslation('inventory');
  const formId = useId();
  const update = useUpdateCategoryThresholds();
  const [opening, setOpening] = useState(0);
  const [wasOpen, setWasOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Each opening starts from the list's current filter.
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setOpening((n) => n + 1);
      setConfirming(false);
    }
  }
  const close = () => {
    if (update.isPending) return;
    update.reset();
    onOpenChange(false);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) close();
      }}
      size="lg"
      title={t('category.title')}
      description={t('category.description')}
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={update.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" form={formId} variant="primary" busy={update.isPending}>
            {confirming ? t('category.apply') : t('category.next')}
          </Button>
        </>
      }
    >
      {open && (
        <CategoryForm
          key={opening}
          id={formId}
          {...props}
          update={update}
          onConfirming={setConfirming}
          onDone={() => {
            update.reset();
            onOpenChange(false);
          }}
        />
      )}
    </Dialog>
  );
}

type Step = { kind: 'form' } | { kind: 'confirm'; change: CategoryThresholdUpdate; levels: number };

function CategoryForm({
  id,
  categories,
  locations,
  initialCategory,
  initialLocationIds,
  update,
  onConfirming,
  onDone,
}: CategoryThresholdsDialogProps & {
  id: string;
  update: ReturnType<typeof useUpdateCategoryThresholds>;
  onConfirming: (confirming: boolean) => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('inventory');
  const locale = i18n.language;
  const backend = useBackend();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [category, setCategory] = useState(
    categories.includes(initialCategory) ? initialCategory : (categories[0] ?? ''),
  );
  const [locationIds, setLocationIds] = useState<readonly string[]>(() => {
    const known = initialLocationIds.filter((lid) => locations.some((l) => l.id === lid));
    return known.length > 0 ? known : locations.map((location) => location.id);
  });
  const [reorderText, setReorderText] = useState('');
  const [coverText, setCoverText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [step, setStepState] = useState<Step>({ kind: 'form' });
  const setStep = (next: Step) => {
    setStepState(next);
    onConfirming(next.kind === 'confirm');
  };
  const [counting, setCounting] = useState(false);
  const cameBack = useRef(false);

  // Back from the confirmation: its button is gone, so focus returns to the start of the form.
  useEffect(() => {
    if (step.kind !== 'form' || !cameBack.current) return;
    cameBack.current = false;
    form.current?.querySelector<HTMLElement>('[name="category"]')?.focus();
  }, [step.kind]);
  const [problem, setProblem] = useState<string | undefined>();

  const reorderPoint = reorderText.trim() === '' ? undefined : wholeNumberOf(reorderText);
  const targetCoverDays = coverText.trim() === '' ? undefined : wholeNumberOf(coverText);
  const rangeError = (value: number | null | undefined, min: number, max: number) =>
    value === null || (value !== undefined && (value < min || value > max))
      ? t('category.errors.range', {
          min: formatNumber(min, locale),
          max: formatNumber(max, locale),
        })
      : undefined;
  const reorderError = rangeError(reorderPoint, 0, MAX_REORDER_POINT);
  const coverError = rangeError(targetCoverDays, 1, MAX_TARGET_COVER_DAYS);
  const nothingToSet = reorderPoint === undefined && targetCoverDays === undefined;
  const locationError =
    submitted && locationIds.length === 0 ? t('category.errors.noLocation') : undefined;

  async function review() {
    setSubmitted(true);
    setProblem(undefined);
    if (reorderError || coverError || nothingToSet || locationIds.length === 0 || !category) {
      const first =
        reorderError || nothingToSet ? 'reorderPoint' : coverError ? 'targetCoverDays' : null;
      if (first) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const change: CategoryThresholdUpdate = {
      category,
      locationIds: [...locationIds],
      ...(reorderPoint != null ? { reorderPoint } : {}),
      ...(targetCoverDays != null ? { targetCoverDays } : {}),
    };
    setCounting(true);
    try {
      const page = await queryClient.fetchQuery(
        stockOptions(backend, { category: [category], locationId: [...locationIds], pageSize: 1 }),
      );
      setStep({ kind: 'confirm', change, levels: page.total });
    } catch (error) {
      setProblem(describeError(t, error));
    } finally {
      setCounting(false);
    }
  }

  function apply(change: CategoryThresholdUpdate) {
    update.mutate(change, {
      onSuccess: (result) => {
        toast.success(
          t('category.done', { count: result.updated, n: formatNumber(result.updated, locale) }),
        );
        onDone();
      },
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending || counting) return;
    if (step.kind === 'form') void review();
    else apply(step.change);
  }

  if (step.kind === 'confirm') {
    const { change, levels } = step;
    return (
      <form ref={form} id={id} noValidate onSubmit={submit} className="flex flex-col gap-3">
        <p role="status" className="text-sm text-slate-800">
          {t('category.confirm', {
            count: levels,
            n: formatNumber(levels, locale),
            category: change.category,
            locations: formatNumber(change.locationIds.length, locale),
          })}
        </p>
        <ul className="list-disc pl-5 text-sm text-slate-700">
          {change.reorderPoint !== undefined && (
            <li>
              {t('category.setReorder', { value: formatNumber(change.reorderPoint, locale) })}
            </li>
          )}
          {change.targetCoverDays !== undefined && (
            <li>
              {t('category.setCover', { value: formatNumber(change.targetCoverDays, locale) })}
            </li>
          )}
        </ul>
        <p className="text-xs text-slate-600">{t('category.confirmHint')}</p>
        {update.error ? (
          <p
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {describeError(t, update.error)}
          </p>
        ) : null}
        <div>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              cameBack.current = true;
              setStep({ kind: 'form' });
            }}
            disabled={update.isPending}
          >
            {t('category.back')}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <form ref={form} id={id} noValidate onSubmit={submit} className="flex flex-col gap-4">
      <Select
        label={t('category.category')}
        name="category"
        value={category}
        onChange={(event) => setCategory(event.target.value)}
        options={categories.map((value) => ({ value, label: value }))}
        fieldClassName="w-56"
      />
      <LocationChecklist
        locations={locations}
        selected={locationIds}
        onChange={setLocationIds}
        error={locationError}
      />
      <div className="grid grid-cols-2 gap-3">
        <OptionalNumberField
          name="reorderPoint"
          label={t('thresholds.reorderPoint')}
          hint={t('category.keepHint')}
          error={
            reorderError ?? (submitted && nothingToSet ? t('category.errors.nothing') : undefined)
          }
          value={reorderText}
          onChange={setReorderText}
        />
        <OptionalNumberField
          name="targetCoverDays"
          label={t('thresholds.targetCoverDays')}
          hint={t('category.keepHint')}
          error={coverError}
          value={coverText}
          onChange={setCoverText}
        />
      </div>
      {problem && (
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {problem}
        </p>
      )}
      {counting && (
        <p role="status" className="text-sm text-slate-600">
          {t('category.counting')}
        </p>
      )}
    </form>
  );
}
