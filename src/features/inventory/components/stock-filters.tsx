import { useTranslation } from '@/i18n';
import type { Location } from '@/api/contract/reference';
import { FilterSelect } from '@/components/filter-select';
import { CategoryFilter, InventoryFilterBar, LocationFilter } from './inventory-filters';
import { STOCK_STATUSES, stockStatusOf, type StockListState } from '../lib/stock-params';

interface StockFiltersProps {
  state: StockListState;
  locations: readonly Location[];
  onChange: (patch: Partial<StockListState>) => void;
  onClear: () => void;
}

export function StockFilters({ state, locations, onChange, onClear }: StockFiltersProps) {
  const { t } = useTranslation('inventory');
  const filtered =
    state.q !== '' || state.locationId !== '' || state.category !== '' || state.status !== '';

  return (
    <InventoryFilterBar q={state.q} onSearch={onChange} filtered={filtered} onClear={onClear}>
      <LocationFilter
        locations={locations}
        value={state.locationId}
        onChange={(locationId) => onChange({ locationId })}
      />
      <CategoryFilter value={state.category} onChange={(category) => onChange({ category })} />
      <FilterSelect
        label={t('filters.status')}
        className="w-36"
        allLabel={t('filters.allStatuses')}
        options={STOCK_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={state.status}
        onChange={(status) => onChange({ status: stockStatusOf(status) })}
      />
    </InventoryFilterBar>
  );
}
