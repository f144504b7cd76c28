import type { Location } from '@/api/contract/reference';
import {
  isReplenishmentFiltered,
  type ReplenishmentListState,
} from '../../lib/replenishment-params';
import { CategoryFilter, InventoryFilterBar, LocationFilter } from '../inventory-filters';

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
  return (
    <InventoryFilterBar
      q={state.q}
      onSearch={onChange}
      filtered={isReplenishmentFiltered(state)}
      onClear={onClear}
    >
      <LocationFilter
        locations={locations}
        value={state.locationId}
        onChange={(locationId) => onChange({ locationId })}
      />
      <CategoryFilter value={state.category} onChange={(category) => onChange({ category })} />
    </InventoryFilterBar>
  );
}
