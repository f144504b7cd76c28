import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '@/i18n';
import { Button } from '@/components/button';
import { cn } from '@/lib/cn';
import { ScanMessage } from '../feedback';
import { PairLog } from './pair-log';
import { usePairScan } from './use-pair-scan';

/**
 * 扫描发货: scan the packing slip, then the parcel. One input takes every scan; the screen says in
 * large type which of the two it waits for, so it can be read from the packing table.
 */
export function PairScanPanel() {
  const { t } = useTranslation('waybill-import');
  const { pending, log, message, busy, scan, cancelOrder } = usePairScan();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const stepId = useId();
  const step = pending ? 2 : 1;

  // The scanner types into whatever has focus: keep it here when the panel opens.
  useEffect(() => {
    input.current?.focus();
  }, []);

  return (
    <section aria-labelledby={stepId} className="flex flex-col gap-5">
      <h2
        id={stepId}
        className="flex items-center gap-3 text-3xl font-bold text-slate-900"
        aria-live="polite"
      >
        <span
          aria-hidden="true"
          className="inline-flex size-11 items-center justify-center rounded-full bg-accent-600 text-2xl text-white"
        >
          {step}
        </span>
        {t(step === 1 ? 'pair.step.order' : 'pair.step.waybill')}
      </h2>

      <form
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const field = input.current;
          if (!field) return;
          scan(field.value);
          field.value = '';
        }}
      >
        <label htmlFor={inputId} className="text-sm font-medium text-slate-700">
          {t('pair.input')}
        </label>
        <input
          ref={input}
          id={inputId}
          autoComplete="off"
          spellCheck={false}
          aria-busy={busy || undefined}
          placeholder={t(step === 1 ? 'pair.placeholder.order' : 'pair.placeholder.waybill')}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && pending) cancelOrder();
          }}
          className="h-16 w-full rounded-lg border-2 border-slate-300 bg-white px-4 font-mono text-3xl text-slate-900 shadow-xs focus:border-accent-500"
        />
      </form>

      {busy && (
        <p role="status" className="text-sm text-slate-600">
          {t('pair.working')}
        </p>
      )}

      {message && (
        <ScanMessage tone={message.tone}>
          {t(message.key, message.params)}
          {message.problems && message.problems.length > 0 && (
            <span className="mt-1 block text-lg font-medium">
              {message.problems
                .map((p) => t(`waybills:problem.${p}`))
                .join(t('preview.listSeparator'))}
            </span>
          )}
        </ScanMessage>
      )}

      {pending && (
        <div className="flex flex-wrap items-start gap-x-8 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <dl
            className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-lg"
            aria-label={t('pair.order.title')}
          >
            <dt className="text-slate-600">{t('pair.order.number')}</dt>
            <dd className="font-mono font-semibold text-slate-900">{pending.number}</dd>
            <dt className="text-slate-600">{t('pair.order.recipient')}</dt>
            <dd className="text-slate-900">{pending.recipient}</dd>
            <dt className="text-slate-600">{t('pair.order.carrier')}</dt>
            <dd className={cn('font-semibold text-slate-900')}>
              {pending.carrier
                ? t(`shipping:carrier.${pending.carrier}`)
                : t('pair.order.noCarrier')}
            </dd>
            <dt className="text-slate-600">{t('pair.order.store')}</dt>
            <dd className="text-slate-900">{pending.storeName}</dd>
          </dl>
          <Button
            className="ml-auto"
            onClick={() => {
              cancelOrder();
              input.current?.focus();
            }}
          >
            {t('pair.order.cancel')}
          </Button>
        </div>
      )}

      <PairLog log={log} />
    </section>
  );
}
