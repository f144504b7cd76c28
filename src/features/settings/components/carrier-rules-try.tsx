import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { Field, Input, NativeSelect } from '@/components/field';
import { pickCarrier, ruleMatches, type CarrierRuleLike } from '@/domain/allocation';
import { REGIONS, type Region } from '@/domain/region';
import type { Carrier } from '@/domain/waybill/carriers';
import { gramsOf } from './carrier-rules-rows';

/** "Try it": a destination region and a weight, and the carrier the rules would pick for them. */
export function CarrierRulesTry({
  rules,
  fallback,
}: {
  rules: readonly CarrierRuleLike[];
  fallback: Carrier;
}) {
  const { t } = useTranslation('carrier-rules');
  const [region, setRegion] = useState<Region>('east');
  const [weightKg, setWeightKg] = useState('1');
  const grams = gramsOf(weightKg);
  const weightGrams = grams !== null && Number.isFinite(grams) && grams > 0 ? grams : null;

  let answer: string;
  if (weightGrams === null) answer = t('try.weightNeeded');
  else {
    const parcel = { region, weightGrams };
    const carrier = t(`shipping:carrier.${pickCarrier(rules, fallback, parcel)}`);
    const index = rules.findIndex((rule) => ruleMatches(rule, parcel));
    answer =
      index >= 0 ? t('try.byRule', { carrier, n: index + 1 }) : t('try.byFallback', { carrier });
  }

  return (
    <fieldset className="flex flex-wrap items-end gap-3 rounded-md bg-slate-50 px-3 py-2">
      <legend className="sr-only">{t('try.title')}</legend>
      <span className="pb-1.5 text-sm font-medium text-slate-700" aria-hidden="true">
        {t('try.title')}
      </span>
      <Field label={t('try.region')} className="w-28">
        {(control) => (
          <NativeSelect
            {...control}
            value={region}
            onChange={(event) => setRegion(REGIONS.find((r) => r === event.target.value) ?? region)}
          >
            {REGIONS.map((value) => (
              <option key={value} value={value}>
                {t(`common:region.${value}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label={t('try.weight')} className="w-28">
        {(control) => (
          <Input
            {...control}
            inputMode="decimal"
            value={weightKg}
            onChange={(event) => setWeightKg(event.target.value)}
          />
        )}
      </Field>
      <output aria-live="polite" className="pb-1.5 text-sm text-slate-900">
        {answer}
      </output>
    </fieldset>
  );
}
