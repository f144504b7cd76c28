import { useId } from 'react';
import { useTranslation } from '@/i18n';
import type { Location } from '@/api/contract/reference';
import { Button } from '@/components/button';

interface LocationChecklistProps {
  locations: readonly Location[];
  selected: readonly string[];
  onChange: (selected: readonly string[]) => void;
  error?: string;
}

/** Several locations at once: a checkbox each, warehouses first, with all / none. */
export function LocationChecklist({
  locations,
  selected,
  onChange,
  error,
}: LocationChecklistProps) {
  const { t } = useTranslation('inventory');
  const errorId = useId();
  const ordered = [...locations].sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name, 'zh-CN') : a.kind === 'warehouse' ? -1 : 1,
  );
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((one) => one !== id));

  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-700">
        {t('category.locations', { selected: selected.length, total: locations.length })}
      </legend>
      <div className="mt-1 mb-2 flex gap-2">
        <Button size="sm" variant="ghost" onClick={() => onChange(locations.map((l) => l.id))}>
          {t('category.all')}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => onChange([])}>
          {t('category.none')}
        </Button>
      </div>
      <div className="grid max-h-48 grid-cols-2 gap-x-4 gap-y-1 overflow-y-auto rounded-md border border-slate-200 p-2 sm:grid-cols-3">
        {ordered.map((location) => (
          <label key={location.id} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="locationIds"
              value={location.id}
              checked={selected.includes(location.id)}
              onChange={(event) => toggle(location.id, event.target.checked)}
              className="size-4 accent-accent-600"
            />
            {location.name}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
