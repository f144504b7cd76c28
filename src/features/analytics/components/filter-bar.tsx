import { useTranslation } from '@/i18n';
import type { Region } from '@/domain/region';
import { Button } from '@/components/button';
import { FilterSelect } from '@/components/filter-select';
import { useCategoryNames, useScopeStores } from '../api/list-filter-options';
import { isFiltered, type AnalyticsFilterState, type RangeProblem } from '../lib/filters';
import type { DayRange } from '../lib/periods';
import { PeriodFields } from './filter-bar-dates';

interface FilterBarProps {
  filters: AnalyticsFilterState;
  /** The days in the date boxes (a named period resolved for today). */
  period: DayRange;
  problem: RangeProblem | null;
  /** The regions the user may look at; with only one there is nothing to choose. */
  regions: readonly Region[];
  onChange: (patch: Partial<AnalyticsFilterState>) => void;
  onReset: () => void;
}

/** Period, region, store and category of the figures below, and a way back to the defaults. */
export function FilterBar({
  filters,
  period,
  problem,
  regions,
  onChange,
  onReset,
}: FilterBarProps) {
  const { t } = useTranslation('analytics');
  const stores = useScopeStores();
  const categories = useCategoryNames();
  const storesInRegion = (stores.data ?? []).filter(
    (store) => filters.region === '' || store.region === filters.region,
  );

  return (
    <form
      role="search"
      aria-label={t('filters.label')}
      className="flex flex-wrap items-start gap-3"
      onSubmit={(event) => event.preventDefault()}
    >
      <PeriodFields range={filters.range} period={period} problem={problem} onChange={onChange} />
      {regions.length > 1 && (
        <FilterSelect
          label={t('filters.region')}
          className="w-32"
          allLabel={t('filters.allRegions')}
          options={regions.map((region) => ({ value: region, label: t(`region.${region}`) }))}
          value={filters.region}
          onChange={(value) => {
            const region = regions.find((candidate) => candidate === value) ?? '';
            const store = stores.data?.find((candidate) => candidate.id === filters.storeId);
            // A store of another region would leave nothing to show.
            const keepStore = region === '' || store === undefined || store.region === region;
            onChange({ region, storeId: keepStore ? filters.storeId : '' });
          }}
        />
      )}
      <FilterSelect
        label={t('filters.store')}
        className="w-48"
        allLabel={t('filters.allStores')}
        options={storesInRegion.map((store) => ({ value: store.id, label: store.name }))}
        value={filters.storeId}
        keepUnlistedValue
        onChange={(storeId) => onChange({ storeId })}
      />
      <FilterSelect
        label={t('filters.category')}
        className="w-36"
        allLabel={t('filters.allCategories')}
        options={(categories.data ?? []).map((name) => ({ value: name, label: name }))}
        value={filters.category}
        keepUnlistedValue
        onChange={(category) => onChange({ category })}
      />
      {isFiltered(filters) && (
        // Level with the controls, under their labels.
        <Button variant="ghost" className="mt-6" onClick={onReset}>
          {t('filters.reset')}
        </Button>
      )}
    </form>
  );
}
