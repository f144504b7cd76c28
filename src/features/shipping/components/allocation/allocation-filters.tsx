import { useTranslation } from '@/i18n';
import { Field, NativeSelect } from '@/components/field';
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
        <Field label={t('filters.store')} className="w-48">
          {(control) => (
            <NativeSelect
              {...control}
              value={state.storeId}
              onChange={(event) => onChange({ storeId: event.target.value })}
            >
              <option value="">{t('filters.allStores')}</option>
              {state.storeId && !storeOptions.some((store) => store.id === state.storeId) && (
                <option value={state.storeId}>{state.storeId}</option>
              )}
              {storeOptions.map((store) => (
                <option key={store.id} value={store.id}>
                  {store.name}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
      )}
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
      <Field label={t('filters.state')} className="w-40">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.state}
            onChange={(event) =>
              onChange({ state: ALLOCATION_STATES.find((s) => s === event.target.value) ?? '' })
            }
          >
            <option value="">{t('filters.stateAll')}</option>
            {ALLOCATION_STATES.map((value) => (
              <option key={value} value={value}>
                {t(`filters.stateOption.${value}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
    </SearchFilters>
  );
}
