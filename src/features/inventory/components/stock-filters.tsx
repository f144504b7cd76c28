import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n';
import type { Location } from '@/api/contract/reference';
import { Button } from '@/components/button';
import { Field, Input, NativeSelect } from '@/components/field';
import { useCategories } from '../api/list-categories';
import { STOCK_STATUSES, stockStatusOf, type StockListState } from '../lib/stock-params';

interface StockFiltersProps {
  state: StockListState;
  locations: readonly Location[];
  onChange: (patch: Partial<StockListState>) => void;
  onClear: () => void;
}

const SEARCH_DELAY_MS = 350;

export function StockFilters({ state, locations, onChange, onClear }: StockFiltersProps) {
  const { t } = useTranslation('inventory');
  const categories = useCategories();
  const [text, setText] = useState(state.q);
  const [urlQ, setUrlQ] = useState(state.q);
  if (state.q !== urlQ) {
    setUrlQ(state.q);
    setText(state.q);
  }
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === state.q) return;
    const timer = setTimeout(() => onChange({ q: trimmed }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, state.q, onChange]);

  const filtered =
    state.q !== '' || state.locationId !== '' || state.category !== '' || state.status !== '';
  const categoryOptions = categories.data ?? [];

  return (
    <form
      role="search"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: text.trim() });
      }}
    >
      <Field label={t('filters.search')} className="w-64">
        {(control) => (
          <Input
            {...control}
            type="search"
            value={text}
            maxLength={100}
            placeholder={t('filters.searchPlaceholder')}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              // Enter searches at once; the form has several fields, so it would not submit by itself.
              if (event.key === 'Enter') {
                event.preventDefault();
                onChange({ q: text.trim() });
              }
            }}
          />
        )}
      </Field>
      <Field label={t('filters.location')} className="w-48">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.locationId}
            onChange={(event) => onChange({ locationId: event.target.value })}
          >
            <option value="">{t('filters.allLocations')}</option>
            {locations.map((location) => (
              <option key={location.id} value={location.id}>
                {location.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label={t('filters.category')} className="w-40">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.category}
            onChange={(event) => onChange({ category: event.target.value })}
          >
            <option value="">{t('filters.allCategories')}</option>
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
      <Field label={t('filters.status')} className="w-36">
        {(control) => (
          <NativeSelect
            {...control}
            value={state.status}
            onChange={(event) => onChange({ status: stockStatusOf(event.target.value) })}
          >
            <option value="">{t('filters.allStatuses')}</option>
            {STOCK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      {filtered && (
        <Button
          variant="ghost"
          onClick={() => {
            setText('');
            onClear();
          }}
        >
          {t('filters.clear')}
        </Button>
      )}
    </form>
  );
}
