import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/i18n';
import { useCurrentUser } from '@/api/session-store';
import { canUseArea } from '@/domain/access';
import { BellIcon } from '@/components/icons';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';
import { useAlertSummary } from '../../api/alerts-queries';

/*
 * The header's part of the alert centre stays small: this button, its badge and the summary
 * query. The panel, its list and its strings arrive on first opening (or when the pointer or
 * focus first rests on the button, to shave the wait).
 */
const loadPanel = () => import('./alert-centre-panel');
const AlertCentrePanel = lazy(() =>
  loadPanel().then((module) => ({ default: module.AlertCentrePanel })),
);

const PANEL_NAMESPACE = 'stock-alerts';

function PanelFallback() {
  const { t } = useTranslation('common');
  return (
    <div
      role="status"
      className="absolute top-full right-0 z-50 mt-1.5 w-96 rounded-md bg-white px-4 py-6 text-center text-sm text-slate-600 shadow-lg ring-1 ring-slate-900/10"
    >
      {t('alertCentre.loading')}
    </div>
  );
}

function AlertCentreButton() {
  const { t, i18n } = useTranslation('common');
  const summary = useAlertSummary({ enabled: true });
  const [open, setOpen] = useState(false);
  const [everOpened, setEverOpened] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const count = summary.data?.open;

  function preload() {
    void loadPanel().catch(() => undefined);
    void i18n.loadNamespaces([PANEL_NAMESPACE]).catch(() => undefined);
  }

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  // Escape inside the bell or its panel closes the panel and gives focus back to the bell; a
  // click or focus going elsewhere just closes it.
  useEffect(() => {
    const root = rootRef.current;
    if (!open || !root) return;
    const outside = (target: EventTarget | null) =>
      target instanceof Node && !root.contains(target);
    function onPointerDown(event: PointerEvent) {
      if (outside(event.target)) setOpen(false);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || outside(event.target)) return;
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    }
    function onFocusOut(event: FocusEvent) {
      if (outside(event.relatedTarget)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown);
    root.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('focusout', onFocusOut);
    };
  }, [open]);

  const label =
    count === undefined
      ? t('alertCentre.button')
      : t('alertCentre.label', { count, n: formatNumber(count, i18n.language) });

  return (
    <div ref={rootRef} className="relative inline-flex">
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        title={t('alertCentre.button')}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          if (open) close(false);
          else {
            setEverOpened(true);
            setOpen(true);
          }
        }}
        className={cn(
          'relative inline-flex size-8 items-center justify-center rounded-md text-slate-600',
          'hover:bg-slate-100 hover:text-slate-900',
          open && 'bg-slate-100 text-slate-900',
        )}
      >
        <BellIcon className="size-5" />
        {count !== undefined && count > 0 && (
          <span
            aria-hidden="true"
            className="absolute -top-0.5 -right-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-red-600 px-1 text-[10px] leading-none font-semibold text-white tabular-nums ring-2 ring-white"
          >
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      {everOpened && (
        <Suspense fallback={open ? <PanelFallback /> : null}>
          <AlertCentrePanel id={panelId} open={open} openCount={count} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}

/** The header's stock alert button, for the roles that work with inventory. */
export function AlertCentre() {
  const user = useCurrentUser();
  if (!user || !canUseArea(user.role, 'inventory')) return null;
  return <AlertCentreButton />;
}
