import { useTranslation } from '@/i18n';
import type { Location } from '@/api/contract/reference';
import { ALERT_LEVELS } from '@/domain/inventory/vocabulary';
import { Button } from '@/components/button';
import { FilterSelect } from '@/components/filter-select';
import {
  ALERT_STATE_FILTERS,
  alertLevelOf,
  alertStateFilterOf,
  type AlertListState,
} from '../../lib/alert-params';
import { CategoryFilter, LocationFilter } from '../inventory-filters';

interface AlertFiltersProps {
  state: AlertListState;
  locations: readonly Location[];
  onChange: (patch: Partial<AlertListState>) => void;
  onClear: () => void;
}

export function AlertFilters({ state, locations, onChange, onClear }: AlertFiltersProps) {
  const { t } = useTranslation(['stock-alerts', 'inventory']);
  const filtered =
    state.state !== '' || state.level !== '' || state.locationId !== '' || state.category !== '';

  return (
    <div className="flex flex-wrap items-end gap-3">
      <FilterSelect
        label={t('filters.state')}
        className="w-36"
        options={ALERT_STATE_FILTERS.map((filter) => ({
          value: filter,
          label: t(`filters.states.${filter || 'live'}`),
        }))}
        value={state.state}
        onChange={(value) => onChange({ state: alertStateFilterOf(value) })}
      />
      <FilterSelect
        label={t('filters.level')}
        className="w-32"
        allLabel={t('filters.allLevels')}
        options={ALERT_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
        value={state.level}
        onChange={(value) => onChange({ level: alertLevelOf(value) })}
      />
      <LocationFilter
        locations={locations}
        value={state.locationId}
        keepUnlistedValue={false}
        onChange={(locationId) => onChange({ locationId })}
      />
      <CategoryFilter value={state.category} onChange={(category) => onChange({ category })} />
      {filtered && (
        <Button variant="ghost" onClick={onClear}>
          {t('inventory:filters.clear')}
        </Button>
      )}
    </div>
  );
}
