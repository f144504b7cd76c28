import { useTranslation } from '@/i18n';
import type { Location } from '@/api/contract/reference';
import { Field, NativeSelect } from '@/components/field';
import { SearchFilters } from '@/components/search-filters';
import { useCategories } from '../api/list-categories';
import { STOCK_STATUSES, stockStatusOf, type StockListState } from '../lib/stock-params';

interface StockFiltersProps {
  state: StockListState;
  locations: readonly Location[];
  onChange: (patch: Partial<StockListState>) => void;
  onClear: () => void;
}

export function StockFilters({ state, locations, onChange, onClear }: StockFiltersProps) {
  const { t } = useTranslation('inventory');
  const categories = useCategories();
  const filtered =
    state.q !== '' || state.locationId !== '' || state.category !== '' || state.status !== '';
  const categoryOptions = categories.data ?? [];

  return (
    <SearchFilters
      q={state.q}
      onSearch={onChange}
      searchLabel={t('filters.search')}
      searchPlaceholder={t('filters.searchPlaceholder')}
      searchClassName="w-64"
      filtered={filtered}
      clearLabel={t('filters.clear')}
      onClear={onClear}
    >
      <Field label={t('filters.location')} className="w-48">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.locationId}
            onChange={(event) => onChange({ locationId: event.target.value })}
          >
            <option value="">{t('filters.allLocations')}</option>
            {locations.map((location) => (
              <option key={location.id} value={location.id}>
                {location.name}
              </option>
            ))}
            {state.locationId && !locations.some((l) => l.id === state.locationId) && (
              <option value={state.locationId}>{state.locationId}</option>
            )}
          </NativeSelect>
        )}
      </Field>
      <Field label={t('filters.category')} className="w-40">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.category}
            onChange={(event) => onChange({ category: event.target.value })}
          >
            <option value="">{t('filters.allCategories')}</option>
            {categoryOptions.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
            {state.category && !categoryOptions.includes(state.category) && (
              <option value={state.category}>{state.category}</option>
            )}
          </NativeSelect>
        )}
      </Field>
      <Field label={t('filters.status')} className="w-36">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.status}
            onChange={(event) => onChange({ status: stockStatusOf(event.target.value) })}
          >
            <option value="">{t('filters.allStatuses')}</option>
            {STOCK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
    </SearchFilters>
  );
}
