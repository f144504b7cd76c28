import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n';
import { Button } from '@/components/button';
import { Field, Input, NativeSelect } from '@/components/field';
import { useStores } from '../api/list-stores';
import type { OrderListState } from '../lib/list-params';

type FilterPatch = Partial<Pick<OrderListState, 'q' | 'storeId' | 'from' | 'to'>>;

interface OrderFiltersProps {
  state: OrderListState;
  onChange: (patch: FilterPatch) => void;
  onClear: () => void;
}

const SEARCH_DELAY_MS = 350;

/** Search box, store and date range. The search applies after a short pause in typing, or at once on Enter. */
export function OrderFilters({ state, onChange, onClear }: OrderFiltersProps) {
  const { t } = useTranslation('orders');
  const stores = useStores();
  const [text, setText] = useState(state.q);
  const [urlQ, setUrlQ] = useState(state.q);

  // Back/forward or a link changed the search: show what the URL says.
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

  const filtered = state.q !== '' || state.storeId !== '' || state.from !== '' || state.to !== '';

  return (
    <form
      role="search"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: text.trim() });
      }}
    >
      <Field label={t('filters.search')} className="w-80">
        {(control) => (
          <Input
            {...control}
            type="search"
            value={text}
            placeholder={t('filters.searchPlaceholder')}
            maxLength={100}
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
