import { useTranslation } from '@/i18n';
import { FilterSelect } from '@/components/filter-select';
import { SearchFilters } from '@/components/search-filters';
import { REGIONS } from '@/domain/region';
import { useAllocationStores } from '../../api/allocation-stores';
import {
  ALLOCATION_STATES,
  DEFAULT_ALLOCATION_LIST,
  type AllocationListState,
} from './allocation-params';

type FilterPatch = Partial<Omit<AllocationListState, 'page' | 'pageSize'>>;

/** Order number search, store, destination region and whether a location can fulfil the order. */
export function AllocationFilters({
  state,
  onChange,
}: {
  state: AllocationListState;
  onChange: (patch: FilterPatch) => void;
}) {
  const { t } = useTranslation('allocation');
  const stores = useAllocationStores();
  const storeOptions = (stores.data ?? []).filter(
    (store) => !state.region || store.region === state.region || store.id === state.storeId,
  );
  const filtered =
    state.storeId !== '' || state.region !== '' || state.state !== '' || state.q !== '';

  return (
    <SearchFilters
      q={state.q}
      onSearch={onChange}
      searchLabel={t('filters.search')}
      searchPlaceholder={t('filters.searchPlaceholder')}
      searchClassName="w-56"
      filtered={filtered}
      clearLabel={t('filters.clear')}
      onClear={() =>
        onChange({
          storeId: DEFAULT_ALLOCATION_LIST.storeId,
          region: DEFAULT_ALLOCATION_LIST.region,
          state: DEFAULT_ALLOCATION_LIST.state,
          q: DEFAULT_ALLOCATION_LIST.q,
        })
      }
    >
      {(storeOptions.length > 0 || state.storeId) && (
        <FilterSelect
          label={t('filters.store')}
          className="w-48"
          allLabel={t('filters.allStores')}
          options={[
            // A store not offered (from a link, or stores still loading) shows as itself, first.
            ...(state.storeId && !storeOptions.some((store) => store.id === state.storeId)
              ? [{ value: state.storeId, label: state.storeId }]
              : []),
            ...storeOptions.map((store) => ({ value: store.id, label: store.name })),
          ]}
          value={state.storeId}
          onChange={(storeId) => onChange({ storeId })}
        />
      )}
      <FilterSelect
        label={t('filters.region')}
        className="w-32"
        allLabel={t('filters.allRegions')}
        options={REGIONS.map((region) => ({ value: region, label: t(`common:region.${region}`) }))}
        value={state.region}
        onChange={(value) => onChange({ region: REGIONS.find((r) => r === value) ?? '' })}
      />
      <FilterSelect
        label={t('filters.state')}
        className="w-40"
        allLabel={t('filters.stateAll')}
        options={ALLOCATION_STATES.map((value) => ({
          value,
          label: t(`filters.stateOption.${value}`),
        }))}
        value={state.state}
        onChange={(value) => onChange({ state: ALLOCATION_STATES.find((s) => s === value) ?? '' })}
      />
    </SearchFilters>
  );
}
