import { useTranslation } from '@/i18n';
import type { Location } from '@/api/contract/reference';
import { Field, NativeSelect } from '@/components/field';
import { SearchFilters } from '@/components/search-filters';
import { useCategories } from '../../api/list-categories';
import {
  isReplenishmentFiltered,
  type ReplenishmentListState,
} from '../../lib/replenishment-params';

interface ReplenishmentFiltersProps {
  state: ReplenishmentListState;
  locations: readonly Location[];
  onChange: (patch: Partial<ReplenishmentListState>) => void;
  onClear: () => void;
}

/** Location, category and search: the same words as the stock list's filters. */
export function ReplenishmentFilters({
  state,
  locations,
  onChange,
  onClear,
}: ReplenishmentFiltersProps) {
  const { t } = useTranslation('inventory');
  const categories = useCategories();
  const categoryOptions = categories.data ?? [];

  return (
    <SearchFilters
      q={state.q}
      onSearch={onChange}
      searchLabel={t('filters.search')}
      searchPlaceholder={t('filters.searchPlaceholder')}
      searchClassName="w-64"
      filtered={isReplenishmentFiltered(state)}
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
    </SearchFilters>
  );
}
