import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/i18n';
import { Button } from '@/components/button';
import { ChevronDownIcon } from '@/components/icons';
import { DENSITIES, type Density } from '@/lib/preferences';

interface ColumnMenuProps {
  /** Every column the user may hide, in table order. */
  columns: readonly { id: string; label: string }[];
  hidden: readonly string[];
  onHiddenChange: (hidden: string[]) => void;
  density: Density;
  onDensityChange: (density: Density) => void;
}

/**
 * "Columns": which columns show and how dense the rows are. A popover of checkboxes, not a menu,
 * because people tick several in a row; Escape or a click outside closes it.
 */
export function ColumnMenu({
  columns,
  hidden,
  onHiddenChange,
  density,
  onDensityChange,
}: ColumnMenuProps) {
  const { t } = useTranslation('orders');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    firstRef.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && rootRef.current?.contains(event.target)) return;
      setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const visibleCount = columns.length - hidden.length;

  return (
    <div ref={rootRef} className="relative">
      <Button
        ref={buttonRef}
        variant="secondary"
        size="sm"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('columnsMenu.button')}
        <ChevronDownIcon className="size-3.5" />
      </Button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute top-full right-0 z-30 mt-1 w-56 rounded-md bg-white p-3 text-sm shadow-lg ring-1 ring-slate-900/10"
      >
        <fieldset className="flex flex-col gap-1.5">
          <legend className="mb-1 text-xs font-medium text-slate-600">
            {t('columnsMenu.visible')}
          </legend>
          {columns.map((column, index) => {
            const shown = !hidden.includes(column.id);
            return (
              <label key={column.id} className="inline-flex items-center gap-2">
                <input
                  ref={index === 0 ? firstRef : undefined}
                  type="checkbox"
                  className="size-4 accent-accent-600"
                  checked={shown}
                  // The last visible column stays: a table of no columns helps nobody.
                  disabled={shown && visibleCount <= 1}
                  onChange={(event) =>
                    onHiddenChange(
                      event.target.checked
                        ? hidden.filter((id) => id !== column.id)
                        : [...hidden, column.id],
                    )
                  }
                />
                {column.label}
              </label>
            );
          })}
        </fieldset>
        <fieldset className="mt-3 flex flex-col gap-1.5 border-t border-slate-100 pt-2">
          <legend className="mb-1 pt-2 text-xs font-medium text-slate-600">
            {t('columnsMenu.density')}
          </legend>
          {DENSITIES.map((option) => (
            <label key={option} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name={`${panelId}-density`}
                className="size-4 accent-accent-600"
                checked={density === option}
                onChange={() => onDensityChange(option)}
              />
              {t(`columnsMenu.${option}`)}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
