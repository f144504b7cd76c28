import { useTranslation } from '@/i18n';
import { Field, Input, NativeSelect } from '@/components/field';
import { SearchFilters } from '@/components/search-filters';
import { useStores } from '../api/list-stores';
import type { OrderListState } from '../lib/list-params';

type FilterPatch = Partial<Pick<OrderListState, 'q' | 'storeId' | 'from' | 'to'>>;

interface OrderFiltersProps {
  state: OrderListState;
  onChange: (patch: FilterPatch) => void;
  onClear: () => void;
}

/** Search box, store and date range. */
export function OrderFilters({ state, onChange, onClear }: OrderFiltersProps) {
  const { t } = useTranslation('orders');
  const stores = useStores();
  const filtered = state.q !== '' || state.storeId !== '' || state.from !== '' || state.to !== '';

  return (
    <SearchFilters
      q={state.q}
      onSearch={onChange}
      searchLabel={t('filters.search')}
      searchPlaceholder={t('filters.searchPlaceholder')}
      searchClassName="w-80"
      filtered={filtered}
      clearLabel={t('filters.clear')}
      onClear={onClear}
    >
      <Field label={t('filters.store')} className="w-48">
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
      <Field label={t('filters.from')} className="w-40">
        {(control) => (
          <Input
            {...control}
            type="date"
            value={state.from}
            max={state.to || undefined}
            onChange={(event) => onChange({ from: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('filters.to')} className="w-40">
        {(control) => (
          <Input
            {...control}
            type="date"
            value={state.to}
            min={state.from || undefined}
            onChange={(event) => onChange({ to: event.target.value })}
          />
        )}
      </Field>
    </SearchFilters>
  );
}
