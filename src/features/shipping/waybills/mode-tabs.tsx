import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n';
import { cn } from '@/lib/cn';
import { WAYBILL_MODES, type WaybillMode } from './draft-store';

export const modeTabId = (mode: WaybillMode) => `waybills-tab-${mode}`;
export const modePanelId = (mode: WaybillMode) => `waybills-panel-${mode}`;

/** The three ways of entering waybills; arrow keys move between them (WAI-ARIA tabs, automatic activation). */
export function ModeTabs({
  value,
  onChange,
}: {
  value: WaybillMode;
  onChange: (mode: WaybillMode) => void;
}) {
  const { t } = useTranslation('waybills');
  const refs = useRef(new Map<WaybillMode, HTMLButtonElement>());

  const move = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = WAYBILL_MODES.indexOf(value);
    const last = WAYBILL_MODES.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % WAYBILL_MODES.length
        : event.key === 'ArrowLeft'
          ? (index + last) % WAYBILL_MODES.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const mode = WAYBILL_MODES[next] ?? 'grid';
    onChange(mode);
    refs.current.get(mode)?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={t('modes.label')}
      className="flex gap-1 border-b border-slate-200"
    >
      {WAYBILL_MODES.map((mode) => {
        const selected = mode === value;
        return (
          <button
            key={mode}
            ref={(element) => {
              if (element) refs.current.set(mode, element);
              else refs.current.delete(mode);
            }}
            type="button"
            role="tab"
            id={modeTabId(mode)}
            aria-selected={selected}
            aria-controls={modePanelId(mode)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(mode)}
            onKeyDown={move}
            className={cn(
              '-mb-px border-b-2 px-4 py-2 text-sm whitespace-nowrap',
              'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent-600',
              selected
                ? 'border-accent-600 font-medium text-accent-700'
                : 'border-transparent text-slate-600 hover:text-slate-900',
            )}
          >
            {t(`modes.${mode}`)}
          </button>
        );
      })}
    </div>
  );
}
