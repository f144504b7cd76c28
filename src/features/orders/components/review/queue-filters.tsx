import { forwardRef, useState } from 'react';
import { useTranslation } from '@/i18n';
import { Field, NativeSelect } from '@/components/field';
import { SearchFilters } from '@/components/search-filters';
import { useStores } from '../../api/list-stores';
import type { ReviewQueueState } from '../../lib/review-params';

type FilterPatch = Partial<Pick<ReviewQueueState, 'q' | 'storeId' | 'risky'>>;

interface QueueFiltersProps {
  state: ReviewQueueState;
  /** Keep it stable: the search box applies typing after a pause and restarts it on a new function. */
  onChange: (patch: FilterPatch) => void;
  onClear: () => void;
}

/**
 * Search (number, name, phone), the store for people who see more than one, and "risk flagged
 * only". The wrapper's ref lets "/" focus the search box.
 */
export const QueueFilters = forwardRef<HTMLDivElement, QueueFiltersProps>(function QueueFilters(
  { state, onChange, onClear },
  ref,
) {
  const { t } = useTranslation('review');
  const stores = useStores();
  const storeChoices = stores.data ?? [];
  const filtered = state.q !== '' || state.storeId !== '' || state.risky;
  // The box shows the click at once; the URL (and so the queue) follows a moment later.
  const [risky, setRisky] = useState(state.risky);
  const [urlRisky, setUrlRisky] = useState(state.risky);
  if (state.risky !== urlRisky) {
    setUrlRisky(state.risky);
    setRisky(state.risky);
  }

  return (
    <div ref={ref}>
      <SearchFilters
        q={state.q}
        onSearch={onChange}
        searchLabel={t('filters.search')}
        searchPlaceholder={t('filters.searchPlaceholder')}
        searchClassName="w-72"
        filtered={filtered}
        clearLabel={t('filters.clear')}
        onClear={onClear}
      >
        {(storeChoices.length > 1 || state.storeId !== '') && (
          <Field label={t('filters.store')} className="w-48">
            {(control) => (
              <NativeSelect
                {...control}
                value={state.storeId}
                onChange={(event) => onChange({ storeId: event.target.value })}
              >
                <option value="">{t('filters.allStores')}</option>
                {storeChoices.map((store) => (
                  <option key={store.id} value={store.id}>
                    {store.name}
                  </option>
                ))}
                {state.storeId && !storeChoices.some((store) => store.id === state.storeId) && (
                  <option value={state.storeId}>{state.storeId}</option>
                )}
              </NativeSelect>
            )}
          </Field>
        )}
        <label className="flex h-8 items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={risky}
            onChange={(event) => {
              setRisky(event.target.checked);
              onChange({ risky: event.target.checked });
            }}
            className="size-4 rounded border-slate-300 accent-accent-600"
          />
          {t('filters.risky')}
        </label>
      </SearchFilters>
    </div>
  );
});
