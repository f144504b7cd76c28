import { useCallback } from 'react';
import { useTranslation } from '@/i18n';
import type { Location } from '@/api/contract/reference';
import { WAIT_BANDS } from '@/domain/shipment/attention';
import { CARRIERS } from '@/domain/waybill/carriers';
import { FilterSelect } from '@/components/filter-select';
import { SearchFilters } from '@/components/search-filters';
import {
  carrierOf,
  isFiltered,
  waitBandOf,
  type ExceptionListState,
} from '../lib/exception-params';

interface ExceptionFiltersProps {
  state: ExceptionListState;
  locations: readonly Location[];
  onChange: (patch: Partial<ExceptionListState>) => void;
  onClear: () => void;
}

/** Search by order number or waybill, then carrier, where the parcel left from and how long it waited. */
export function ExceptionFilters({ state, locations, onChange, onClear }: ExceptionFiltersProps) {
  const { t } = useTranslation(['tracking', 'tracking-events']);
  const search = useCallback((patch: { q: string }) => onChange(patch), [onChange]);
  return (
    <SearchFilters
      q={state.q}
      onSearch={search}
      searchLabel={t('filters.search')}
      searchPlaceholder={t('filters.searchPlaceholder')}
      searchClassName="w-56"
      filtered={isFiltered(state)}
      clearLabel={t('filters.clear')}
      onClear={onClear}
    >
      <FilterSelect
        label={t('filters.carrier')}
        className="w-40"
        allLabel={t('filters.allCarriers')}
        options={CARRIERS.map((carrier) => ({
          value: carrier,
          label: t(`tracking-events:carrier.${carrier}`),
        }))}
        value={state.carrier}
        onChange={(value) => onChange({ carrier: carrierOf(value) })}
      />
      <FilterSelect
        label={t('filters.location')}
        className="w-48"
        allLabel={t('filters.allLocations')}
        options={locations.map((location) => ({ value: location.id, label: location.name }))}
        value={state.locationId}
        keepUnlistedValue
        onChange={(locationId) => onChange({ locationId })}
      />
      <FilterSelect
        label={t('filters.age')}
        className="w-32"
        allLabel={t('filters.allAges')}
        options={WAIT_BANDS.map((band) => ({ value: band, label: t(`age.${band}`) }))}
        value={state.age}
        onChange={(value) => onChange({ age: waitBandOf(value) })}
      />
    </SearchFilters>
  );
}
