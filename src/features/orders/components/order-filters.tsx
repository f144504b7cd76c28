import { useCallback, useId, useState } from 'react';
import { useTranslation } from '@/i18n';
import { Button } from '@/components/button';
import { Field, Input, NativeSelect } from '@/components/field';
import { ChevronDownIcon } from '@/components/icons';
import { SearchFilters } from '@/components/search-filters';
import { useStores } from '../api/list-stores';
import {
  activeFilterCount,
  DATE_PRESETS,
  type DatePreset,
  type OrderListState,
} from '../lib/list-params';
import { FilterChips } from './list/filter-chips';
import { MoreFilters, moreFilterCount } from './list/more-filters';

export type FilterPatch = Partial<Omit<OrderListState, 'page' | 'pageSize' | 'sort' | 'panel'>>;

interface OrderFiltersProps {
  state: OrderListState;
  /** The days the list covers now (a preset's, resolved in the store's time zone). */
  dates: { from: string; to: string };
  onChange: (patch: FilterPatch) => void;
  onClear: () => void;
}

/**
 * The list's toolbar: search, store and dates inline; region, payment, tags, exceptions and
 * amount behind "More filters"; every active filter as a removable chip.
 */
export function OrderFilters({ state, dates, onChange, onClear }: OrderFiltersProps) {
  const { t } = useTranslation('orders');
  const stores = useStores();
  const moreId = useId();
  const moreCount = moreFilterCount(state);
  const [moreOpen, setMoreOpen] = useState(moreCount > 0);
  const onSearch = useCallback((patch: { q: string }) => onChange(patch), [onChange]);

  return (
    <div className="flex flex-col gap-2">
      <SearchFilters
        q={state.q}
        onSearch={onSearch}
        searchLabel={t('filters.search')}
        searchPlaceholder={t('filters.searchPlaceholder')}
        searchClassName="w-72"
        filtered={activeFilterCount(state) > 0}
        clearLabel={t('filters.clear')}
        onClear={onClear}
      >
        <Field label={t('filters.store')} className="w-44">
          {(control) => (
            <NativeSelect
              {...control}
              value={state.storeId}
              onChange={(event) => onChange({ storeId: event.target.value })}
            >
              <option value="">{t('filters.allStores')}</option>
              {(stores.data ?? []).map((store) => (
                <option key={store.id} value={store.id}>
                  {store.name}
                </option>
              ))}
              {/* A bookmarked store outside the loaded list still shows as selected. */}
              {state.storeId && stores.data && !stores.data.some((s) => s.id === state.storeId) && (
                <option value={state.storeId}>{state.storeId}</option>
              )}
            </NativeSelect>
          )}
        </Field>
        <Field label={t('filters.period')} className="w-32">
          {(control) => (
            <NativeSelect
              {...control}
              value={state.range || (state.from || state.to ? 'custom' : '')}
              onChange={(event) => {
                const value = event.target.value;
                const preset = DATE_PRESETS.find((p) => p === value);
                if (preset) onChange({ range: preset, from: '', to: '' });
                else if (value === '') onChange({ range: '', from: '', to: '' });
                // "Custom" keeps the shown days and lets the user edit them.
                else onChange({ range: '', from: dates.from, to: dates.to });
              }}
            >
              <option value="">{t('filters.anyTime')}</option>
              {DATE_PRESETS.map((preset: DatePreset) => (
                <option key={preset} value={preset}>
                  {t(`filters.preset.${preset}`)}
                </option>
              ))}
              <option value="custom">{t('filters.customRange')}</option>
            </NativeSelect>
          )}
        </Field>
        <Field label={t('filters.from')} className="w-36">
          {(control) => (
            <Input
              {...control}
              type="date"
              value={dates.from}
              max={dates.to || undefined}
              onChange={(event) => onChange({ range: '', from: event.target.value, to: dates.to })}
            />
          )}
        </Field>
        <Field label={t('filters.to')} className="w-36">
          {(control) => (
            <Input
              {...control}
              type="date"
              value={dates.to}
              min={dates.from || undefined}
              onChange={(event) =>
                onChange({ range: '', from: dates.from, to: event.target.value })
              }
            />
          )}
        </Field>
        <Button
          variant={moreCount > 0 ? 'secondary' : 'ghost'}
          aria-expanded={moreOpen}
          aria-controls={moreId}
          onClick={() => setMoreOpen((open) => !open)}
          className="self-end"
        >
          {moreCount > 0 ? t('filters.moreCount', { count: moreCount }) : t('filters.more')}
          <ChevronDownIcon className={moreOpen ? 'size-4 rotate-180' : 'size-4'} />
        </Button>
      </SearchFilters>
      <div id={moreId} hidden={!moreOpen}>
        {moreOpen && <MoreFilters state={state} onChange={onChange} />}
      </div>
      <FilterChips state={state} dates={dates} onChange={onChange} />
    </div>
  );
}
