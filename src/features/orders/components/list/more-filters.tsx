import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n';
import { REGIONS } from '@/domain/region';
import { CARRIERS } from '@/domain/waybill/carriers';
import { Field, Input, NativeSelect } from '@/components/field';
import { useTags } from '../../api/list-tags';
import {
  PAYMENT_STATUSES,
  yuanParam,
  type ExceptionFilter,
  type OrderListState,
  type PaymentStatusValue,
  type TagMode,
} from '../../lib/list-params';
import type { FilterPatch } from '../order-filters';

/** How many of the filters kept behind "More filters" are set. */
export function moreFilterCount(state: OrderListState): number {
  return [
    state.region !== '',
    state.payment.length > 0,
    state.tags.length > 0,
    state.exception !== '',
    state.carrier !== '',
    state.minTotal !== '' || state.maxTotal !== '',
  ].filter(Boolean).length;
}

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

const GROUP = 'flex flex-col gap-1 rounded-md border border-slate-200 px-3 py-2';
const LEGEND = 'px-1 text-sm font-medium text-slate-700';
const CHECK = 'size-4 accent-accent-600';

interface MoreFiltersProps {
  state: OrderListState;
  onChange: (patch: FilterPatch) => void;
}

/** The less used filters, in a row under the toolbar. */
export function MoreFilters({ state, onChange }: MoreFiltersProps) {
  const { t } = useTranslation('orders');
  const tags = useTags();

  return (
    <div className="flex flex-wrap items-start gap-3 rounded-md bg-slate-50 p-3">
      <Field label={t('filters.region')} className="w-32">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.region}
            onChange={(event) =>
              onChange({ region: REGIONS.find((r) => r === event.target.value) ?? '' })
            }
          >
            <option value="">{t('filters.allRegions')}</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {t(`common:region.${region}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <fieldset className={GROUP}>
        <legend className={LEGEND}>{t('filters.payment')}</legend>
        <div className="flex flex-wrap gap-x-3 gap-y-1">
          {PAYMENT_STATUSES.map((status: PaymentStatusValue) => (
            <label key={status} className="inline-flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                className={CHECK}
                checked={state.payment.includes(status)}
                onChange={(event) =>
                  onChange({ payment: toggled(state.payment, status, event.target.checked) })
                }
              />
              {t(`paymentStatus.${status}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className={GROUP}>
        <legend className={LEGEND}>{t('filters.tags')}</legend>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {(tags.data ?? []).map((tag) => (
            <label key={tag.id} className="inline-flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                className={CHECK}
                checked={state.tags.includes(tag.id)}
                onChange={(event) =>
                  onChange({ tags: toggled(state.tags, tag.id, event.target.checked) })
                }
              />
              {tag.name}
            </label>
          ))}
          <Field label={t('filters.tagMode')} hideLabel className="w-36">
            {(control) => (
              <NativeSelect
                {...control}
                value={state.tagMode}
                disabled={state.tags.length < 2}
                onChange={(event) =>
                  onChange({ tagMode: event.target.value === 'all' ? 'all' : ('any' as TagMode) })
                }
              >
                <option value="any">{t('filters.tagModeAny')}</option>
                <option value="all">{t('filters.tagModeAll')}</option>
              </NativeSelect>
            )}
          </Field>
        </div>
      </fieldset>
      <Field label={t('filters.exception')} className="w-32">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.exception}
            onChange={(event) => {
              const value = event.target.value;
              const exception: ExceptionFilter = value === 'yes' || value === 'no' ? value : '';
              onChange({ exception });
            }}
          >
            <option value="">{t('filters.exceptionAny')}</option>
            <option value="yes">{t('filters.exceptionYes')}</option>
            <option value="no">{t('filters.exceptionNo')}</option>
          </NativeSelect>
        )}
      </Field>
      <Field label={t('filters.carrier')} className="w-40">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.carrier}
            onChange={(event) =>
              onChange({ carrier: CARRIERS.find((c) => c === event.target.value) ?? '' })
            }
          >
            <option value="">{t('filters.allCarriers')}</option>
            {CARRIERS.map((carrier) => (
              <option key={carrier} value={carrier}>
                {t(`carrier.${carrier}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <AmountRange
        min={state.minTotal}
        max={state.maxTotal}
        onChange={(minTotal, maxTotal) => onChange({ minTotal, maxTotal })}
      />
    </div>
  );
}

/**
 * Minimum and maximum total in yuan. Typing does not reload the list at every digit: the range
 * applies on Enter or when focus leaves the field.
 */
function AmountRange({
  min,
  max,
  onChange,
}: {
  min: string;
  max: string;
  onChange: (min: string, max: string) => void;
}) {
  const { t } = useTranslation('orders');
  const [text, setText] = useState({ min, max });
  const [shown, setShown] = useState({ min, max });
  // Back/forward or a removed chip changed the range: show what the URL says.
  if (shown.min !== min || shown.max !== max) {
    setShown({ min, max });
    setText({ min, max });
  }
  const invalid = (value: string) => value.trim() !== '' && yuanParam(value) === '';

  const apply = () => {
    const nextMin = yuanParam(text.min);
    const nextMax = yuanParam(text.max);
    if (invalid(text.min) || invalid(text.max)) return;
    if (nextMin !== min || nextMax !== max) onChange(nextMin, nextMax);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    }
  };

  return (
    <div className="flex items-start gap-2">
      {(['min', 'max'] as const).map((bound) => (
        <Field
          key={bound}
          label={t(bound === 'min' ? 'filters.minTotal' : 'filters.maxTotal')}
          error={invalid(text[bound]) ? t('filters.amountInvalid') : undefined}
          className="w-32"
        >
          {(control) => (
            <Input
              {...control}
              inputMode="decimal"
              value={text[bound]}
              placeholder="¥"
              onChange={(event) =>
                setText((current) => ({ ...current, [bound]: event.target.value }))
              }
              onBlur={apply}
              onKeyDown={onKeyDown}
            />
          )}
        </Field>
      ))}
    </div>
  );
}
