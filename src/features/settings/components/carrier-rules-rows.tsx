import type { TFunction } from '@/i18n';
import { useTranslation } from '@/i18n';
import type { CarrierRule } from '@/api/contract/fulfilment';
import { isApiError } from '@/api/errors';
import { Button } from '@/components/button';
import { Field, Input, NativeSelect } from '@/components/field';
import { validateCarrierRules, type CarrierRuleLike } from '@/domain/allocation';
import { REGIONS, type Region } from '@/domain/region';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';

/** A rule as it is being edited: the weight stays text (kilograms) until it is saved. */
export interface DraftRule {
  /** Stable across moves, so a moved row keeps its focus. */
  key: number;
  region: Region | '';
  weightKg: string;
  carrier: Carrier;
}

export type RuleField = 'region' | 'maxWeightGrams' | 'carrier';
export type RuleErrors = ReadonlyMap<number, Partial<Record<RuleField, string>>>;

let nextKey = 1;

export function draftRule(rule: Partial<CarrierRule> & { carrier: Carrier }): DraftRule {
  return {
    key: nextKey++,
    region: rule.region ?? '',
    weightKg: rule.maxWeightGrams ? String(rule.maxWeightGrams / 1000) : '',
    carrier: rule.carrier,
  };
}

/** Grams from a kilogram text; null for "any weight", NaN for text that is not a weight. */
export function gramsOf(weightKg: string): number | null {
  const text = weightKg.trim().replace(',', '.');
  if (text === '') return null;
  if (!/^\d+(\.\d+)?$/.test(text)) return Number.NaN;
  return Math.round(Number(text) * 1000);
}

export function rulesOf(draft: readonly DraftRule[]): CarrierRuleLike[] {
  return draft.map((rule) => ({
    region: rule.region === '' ? null : rule.region,
    maxWeightGrams: gramsOf(rule.weightKg),
    carrier: rule.carrier,
  }));
}

function add(
  errors: Map<number, Partial<Record<RuleField, string>>>,
  index: number,
  field: RuleField,
  message: string,
) {
  const row = errors.get(index) ?? {};
  row[field] ??= message;
  errors.set(index, row);
}

/** The problems the domain finds in the list (the backend checks the same), per row and field. */
export function draftErrors(t: TFunction, rules: readonly CarrierRuleLike[]): RuleErrors {
  const errors = new Map<number, Partial<Record<RuleField, string>>>();
  rules.forEach((rule, index) => {
    if (rule.maxWeightGrams !== null && !Number.isFinite(rule.maxWeightGrams))
      add(errors, index, 'maxWeightGrams', t('carrier-rules:problem.weight_invalid'));
  });
  const checkable = rules.map((rule) =>
    rule.maxWeightGrams !== null && Number.isFinite(rule.maxWeightGrams)
      ? rule
      : { ...rule, maxWeightGrams: null },
  );
  for (const problem of validateCarrierRules(checkable)) {
    if (errors.has(problem.index)) continue;
    add(
      errors,
      problem.index,
      problem.field,
      t(`carrier-rules:problem.${problem.code}`, { n: (problem.shadowedBy ?? 0) + 1 }),
    );
  }
  return errors;
}

/** The backend's 422 field errors (`rules.2.maxWeightGrams`, or a row index) on their rows. */
export function serverErrors(t: TFunction, error: unknown): RuleErrors {
  const errors = new Map<number, Partial<Record<RuleField, string>>>();
  if (!isApiError(error, 'validation')) return errors;
  for (const problem of error.problem.errors ?? []) {
    const match = /^rules\.(\d+)(?:\.(\w+))?/.exec(problem.field ?? '');
    const index = match ? Number(match[1]) : problem.row;
    if (index === undefined) continue;
    const named = match?.[2];
    const field: RuleField = named === 'region' || named === 'carrier' ? named : 'maxWeightGrams';
    // The backend names the covering rule in its sentence: "... (rule 3)".
    const covering = /\(rule (\d+)\)/.exec(problem.message)?.[1];
    add(
      errors,
      index,
      field,
      covering || problem.code !== 'unreachable'
        ? t(`carrier-rules:problem.${problem.code}`, { n: covering, defaultValue: problem.message })
        : problem.message,
    );
  }
  return errors;
}

interface RuleRowProps {
  rule: DraftRule;
  index: number;
  count: number;
  errors: Partial<Record<RuleField, string>> | undefined;
  onChange: (patch: Partial<DraftRule>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One editable rule: region, weight limit, carrier, and its move and remove buttons. */
export function RuleRow({ rule, index, count, errors, onChange, onMove, onRemove }: RuleRowProps) {
  const { t } = useTranslation('carrier-rules');
  const n = index + 1;
  return (
    <li
      data-rule-key={rule.key}
      className="grid grid-cols-[2rem_1fr_1fr_1fr_auto] items-start gap-2 border-b border-slate-100 py-2"
    >
      <span className="pt-1.5 text-xs text-slate-500 tabular-nums">{n}</span>
      <Field label={t('field.region', { n })} hideLabel error={errors?.region}>
        {(control) => (
          <NativeSelect
            {...control}
            data-field="region"
            value={rule.region}
            onChange={(event) =>
              onChange({ region: REGIONS.find((r) => r === event.target.value) ?? '' })
            }
          >
            <option value="">{t('anyRegion')}</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {t(`common:region.${region}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label={t('field.weight', { n })} hideLabel error={errors?.maxWeightGrams}>
        {(control) => (
          <div className="relative">
            <Input
              {...control}
              inputMode="decimal"
              value={rule.weightKg}
              placeholder={t('anyWeight')}
              onChange={(event) => onChange({ weightKg: event.target.value })}
              className="pr-9"
            />
            <span className="pointer-events-none absolute top-1/2 right-2.5 -translate-y-1/2 text-xs text-slate-500">
              kg
            </span>
          </div>
        )}
      </Field>
      <Field label={t('field.carrier', { n })} hideLabel error={errors?.carrier}>
        {(control) => (
          <NativeSelect
            {...control}
            value={rule.carrier}
            onChange={(event) =>
              onChange({ carrier: CARRIERS.find((c) => c === event.target.value) ?? rule.carrier })
            }
          >
            {CARRIERS.map((carrier) => (
              <option key={carrier} value={carrier}>
                {t(`shipping:carrier.${carrier}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <span className="flex gap-0.5">
        <Button
          size="sm"
          variant="ghost"
          data-move="up"
          aria-label={t('moveUp', { n })}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          ↑
        </Button>
        <Button
          size="sm"
          variant="ghost"
          data-move="down"
          aria-label={t('moveDown', { n })}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          ↓
        </Button>
        <Button size="sm" variant="ghost" aria-label={t('remove', { n })} onClick={onRemove}>
          {t('removeShort')}
        </Button>
      </span>
    </li>
  );
}
