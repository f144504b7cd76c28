import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n';
import { cn } from '@/lib/cn';
import { CheckCircleIcon, AlertIcon, InfoIcon, CloseIcon } from '../icons';
import { useToastStore, type Toast, type ToastTone } from './toast-store';

const TONE_STYLES: Record<ToastTone, { icon: typeof InfoIcon; className: string }> = {
  success: { icon: CheckCircleIcon, className: 'text-emerald-600' },
  error: { icon: AlertIcon, className: 'text-red-600' },
  info: { icon: InfoIcon, className: 'text-accent-600' },
};

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation('common');
  const dismiss = useToastStore((state) => state.dismiss);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (toast.duration === 0 || paused) return;
    const timer = window.setTimeout(() => dismiss(toast.id), toast.duration);
    return () => window.clearTimeout(timer);
  }, [toast.id, toast.duration, paused, dismiss]);

  const { icon: Icon, className } = TONE_STYLES[toast.tone];
  return (
    <li
      className="pointer-events-auto flex w-88 max-w-[calc(100vw-2rem)] items-start gap-2.5 rounded-md bg-white p-3 text-sm text-slate-800 shadow-lg ring-1 ring-slate-900/10"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <Icon className={cn('mt-0.5 size-4 shrink-0', className)} />
      <p className="min-w-0 flex-1 leading-5">{toast.message}</p>
      {toast.action && (
        <button
          type="button"
          className="shrink-0 rounded px-1.5 font-medium text-accent-700 hover:bg-accent-50"
          onClick={() => {
            toast.action?.onClick();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        aria-label={t('toast.dismiss')}
        className="-m-1 shrink-0 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
        onClick={() => dismiss(toast.id)}
      >
        <CloseIcon className="size-3.5" />
      </button>
    </li>
  );
}

function ToastList({ toasts }: { toasts: Toast[] }) {
  if (toasts.length === 0) return null;
  return (
    <ul className="flex flex-col items-end gap-2">
      {toasts.map((item) => (
        <ToastItem key={item.id} toast={item} />
      ))}
    </ul>
  );
}

/**
 * Where toasts appear. Two live regions: errors are announced assertively, the rest politely.
 * The regions exist from the start so screen readers pick up what is added to them.
 */
export function Toaster() {
  const { t } = useTranslation('common');
  const toasts = useToastStore((state) => state.toasts);
  const errors = toasts.filter((item) => item.tone === 'error');
  const others = toasts.filter((item) => item.tone !== 'error');
  return (
    <section
      aria-label={t('toast.region')}
      className="pointer-events-none fixed right-4 bottom-4 z-[60] flex flex-col items-end gap-2"
    >
      <div role="status" aria-live="polite">
        <ToastList toasts={others} />
      </div>
      <div role="alert" aria-live="assertive">
        <ToastList toasts={errors} />
      </div>
    </section>
  );
}
