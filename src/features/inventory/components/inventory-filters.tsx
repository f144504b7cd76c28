import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import type { Location } from '@/api/contract/reference';
import { FilterSelect } from '@/components/filter-select';
import { SearchFilters } from '@/components/search-filters';
import { useCategories } from '../api/list-categories';

interface InventoryFilterBarProps {
  /** The search the list shows now (from the URL). */
  q: string;
  onSearch: (patch: { q: string }) => void;
  /** Some filter is set: the clear button shows. */
  filtered: boolean;
  onClear: () => void;
  children: ReactNode;
}

/** An inventory list's filter bar: the product search box, the given filters and a clear button. */
export function InventoryFilterBar({ children, ...search }: InventoryFilterBarProps) {
  const { t } = useTranslation('inventory');
  return (
    <SearchFilters
      {...search}
      searchLabel={t('filters.search')}
      searchPlaceholder={t('filters.searchPlaceholder')}
      searchClassName="w-64"
      clearLabel={t('filters.clear')}
    >
      {children}
    </SearchFilters>
  );
}

interface InventoryFilterProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * The location filter of the inventory lists. A location id the list does not offer (from a link)
 * stays shown as itself unless `keepUnlistedValue` is false.
 */
export function LocationFilter({
  locations,
  value,
  onChange,
  keepUnlistedValue = true,
}: InventoryFilterProps & { locations: readonly Location[]; keepUnlistedValue?: boolean }) {
  const { t } = useTranslation('inventory');
  return (
    <FilterSelect
      label={t('filters.location')}
      className="w-48"
      allLabel={t('filters.allLocations')}
      options={locations.map((location) => ({ value: location.id, label: location.name }))}
      value={value}
      keepUnlistedValue={keepUnlistedValue}
      onChange={onChange}
    />
  );
}

/** The product category filter of the inventory lists, from the catalogue's categories. */
export function CategoryFilter({ value, onChange }: InventoryFilterProps) {
  const { t } = useTranslation('inventory');
  const categories = useCategories();
  return (
    <FilterSelect
      label={t('filters.category')}
      className="w-40"
      allLabel={t('filters.allCategories')}
      options={(categories.data ?? []).map((category) => ({ value: category, label: category }))}
      value={value}
      keepUnlistedValue
      onChange={onChange}
    />
  );
}
