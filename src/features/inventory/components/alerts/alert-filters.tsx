import { useTranslation } from '@/i18n';
import type { Location } from '@/api/contract/reference';
import { ALERT_LEVELS } from '@/domain/inventory/vocabulary';
import { Button } from '@/components/button';
import { Field, NativeSelect } from '@/components/field';
import { useCategories } from '../../api/list-categories';
import {
  ALERT_STATE_FILTERS,
  alertLevelOf,
  alertStateFilterOf,
  type AlertListState,
} from '../../lib/alert-params';

interface AlertFiltersProps {
  state: AlertListState;
  locations: readonly Location[];
  onChange: (patch: Partial<AlertListState>) => void;
  onClear: () => void;
}

export function AlertFilters({ state, locations, onChange, onClear }: AlertFiltersProps) {
  const { t } = useTranslation(['stock-alerts', 'inventory']);
  const categories = useCategories();
  const categoryOptions = categories.data ?? [];
  const filtered =
    state.state !== '' || state.level !== '' || state.locationId !== '' || state.category !== '';

  return (
    <div className="flex flex-wrap items-end gap-3">
      <Field label={t('filters.state')} className="w-36">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.state}
            onChange={(event) => onChange({ state: alertStateFilterOf(event.target.value) })}
          >
            {ALERT_STATE_FILTERS.map((filter) => (
              <option key={filter} value={filter}>
                {t(`filters.states.${filter || 'live'}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label={t('filters.level')} className="w-32">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.level}
            onChange={(event) => onChange({ level: alertLevelOf(event.target.value) })}
          >
            <option value="">{t('filters.allLevels')}</option>
            {ALERT_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`level.${level}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label={t('inventory:filters.location')} className="w-48">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.locationId}
            onChange={(event) => onChange({ locationId: event.target.value })}
          >
            <option value="">{t('inventory:filters.allLocations')}</option>
            {locations.map((location) => (
              <option key={location.id} value={location.id}>
                {location.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label={t('inventory:filters.category')} className="w-40">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.category}
            onChange={(event) => onChange({ category: event.target.value })}
          >
            <option value="">{t('inventory:filters.allCategories')}</option>
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
      {filtered && (
        <Button variant="ghost" onClick={onClear}>
          {t('inventory:filters.clear')}
        </Button>
      )}
    </div>
  );
}
