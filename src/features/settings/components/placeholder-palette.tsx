import { useTranslation } from '@/i18n';
import { PLACEHOLDERS, type Placeholder } from '@/domain/notification/templates';

/**
 * Buttons that put a placeholder where the cursor was in the field last edited. Pressing one
 * keeps the field's focus for mouse users; keyboard users get focus back in the field afterwards.
 */
export function PlaceholderPalette({
  fieldLabel,
  onInsert,
}: {
  fieldLabel: string;
  onInsert: (placeholder: Placeholder) => void;
}) {
  const { t } = useTranslation('notifications');
  return (
    <div role="group" aria-labelledby="placeholder-palette" className="flex flex-col gap-1">
      <p id="placeholder-palette" className="text-sm font-medium text-slate-700">
        {t('templates.palette')}
      </p>
      <p className="text-xs text-slate-600">{t('templates.paletteHint', { field: fieldLabel })}</p>
      <ul className="flex flex-wrap gap-1.5">
        {PLACEHOLDERS.map((name) => (
          <li key={name}>
            <button
              type="button"
              aria-label={t('templates.insert', { label: t(`placeholder.${name}`) })}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onInsert(name)}
              className="flex items-baseline gap-1 rounded border border-slate-300 bg-white px-2 py-1 text-xs hover:border-accent-500 hover:bg-accent-50 focus-visible:outline-2 focus-visible:outline-accent-600"
            >
              <span className="text-slate-700">{t(`placeholder.${name}`)}</span>
              <code className="text-accent-700">{`{${name}}`}</code>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
