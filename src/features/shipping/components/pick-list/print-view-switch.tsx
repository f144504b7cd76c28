import { useTranslation } from '@/i18n';
import { cn } from '@/lib/cn';

export type PrintView = 'all' | 'pick' | 'slips';

const VIEWS: readonly PrintView[] = ['all', 'pick', 'slips'];

/** What to print: both sheets, the pick list only, or the packing slips only (radio buttons). */
export function PrintViewSwitch({
  value,
  onChange,
}: {
  value: PrintView;
  onChange: (view: PrintView) => void;
}) {
  const { t } = useTranslation('pick-list');
  return (
    <fieldset className="flex items-center gap-2">
      <legend className="sr-only">{t('view.label')}</legend>
      <div className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 shadow-xs">
        {VIEWS.map((view) => (
          <label
            key={view}
            className={cn(
              'cursor-pointer rounded px-2.5 py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent-600',
              value === view ? 'bg-accent-600 text-white' : 'text-slate-700 hover:bg-slate-100',
            )}
          >
            <input
              type="radio"
              name="print-view"
              value={view}
              checked={value === view}
              onChange={() => onChange(view)}
              className="sr-only"
            />
            {t(`view.${view}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
