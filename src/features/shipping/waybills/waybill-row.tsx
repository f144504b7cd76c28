import { memo, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { OrderSummary } from '@/api/contract/orders';
import { AlertIcon, CheckCircleIcon, InfoIcon } from '@/components/icons';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import { verdictOf, type WaybillProblem } from '@/domain/waybill/verdict';
import { useTranslation } from '@/i18n';
import { cn } from '@/lib/cn';
import type { DraftStore } from './draft-store';

/** What rows call back into the grid; one stable object for all rows, so a row renders only when its own data changes. */
export interface RowHandlers {
  store: DraftStore;
  /** The waybill input of a row left with Enter (a scan ends with one): saves it and moves on. */
  enter: (index: number, value: string) => void;
  /** The waybill input lost focus: saves what was typed. */
  leave: (index: number, value: string) => void;
  /** Several lines pasted into a row's waybill input: they fill that row and the ones after it. */
  pasteLines: (index: number, lines: string[]) => void;
  setCarrier: (index: number, carrier: Carrier | null) => void;
  register: (index: number, input: HTMLInputElement | null) => void;
}

const CELL = 'border-b border-slate-100 px-2.5 py-1.5 align-middle';

const VERDICT_STYLE = {
  ok: { icon: CheckCircleIcon, className: 'text-emerald-800' },
  warning: { icon: InfoIcon, className: 'text-amber-800' },
  error: { icon: AlertIcon, className: 'text-red-700' },
} as const;

function VerdictCell({ problems }: { problems: readonly WaybillProblem[] | undefined }) {
  const { t } = useTranslation('waybills');
  if (!problems) return null;
  const verdict = verdictOf(problems);
  const { icon: Icon, className } = VERDICT_STYLE[verdict];
  return (
    <div className={cn('flex items-start gap-1.5 text-sm', className)}>
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div className="min-w-0">
        <span className="font-medium">{t(`verdict.${verdict}`)}</span>
        {problems.length > 0 && (
          <ul className="text-xs leading-snug">
            {problems.map((problem) => (
              <li key={problem}>{t(`problem.${problem}`)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/).map((line) => (line.split('\t')[0] ?? '').trim());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

function WaybillRowImpl({
  order,
  index,
  handlers,
}: {
  order: OrderSummary;
  index: number;
  handlers: RowHandlers;
}) {
  const { t } = useTranslation('waybills');
  const number = order.number;
  const carrier = useStore(handlers.store, (state) => state.entries[number]?.carrier ?? null);
  const problems = useStore(handlers.store, (state) => state.problems[number]);
  const verdict = problems ? verdictOf(problems) : null;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    handlers.enter(index, event.currentTarget.value);
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const lines = splitLines(event.clipboardData.getData('text/plain'));
    if (lines.length < 2) return;
    event.preventDefault();
    handlers.pasteLines(index, lines);
  };

  return (
    <tr
      aria-rowindex={index + 2}
      className={cn(
        verdict === 'error' ? 'bg-red-50/70' : verdict === 'warning' ? 'bg-amber-50/50' : '',
      )}
    >
      <td className={cn(CELL, 'font-mono text-xs whitespace-nowrap text-slate-900')}>{number}</td>
      <td className={cn(CELL, 'truncate whitespace-nowrap')}>{order.storeName}</td>
      <td className={cn(CELL, 'truncate whitespace-nowrap')}>{order.customerName}</td>
      <td className={CELL}>
        <span className="block truncate">{order.firstItemName}</span>
        {order.lineCount > 1 && (
          <span className="text-xs text-slate-600">
            {t('grid.moreItems', { count: order.lineCount - 1 })}
          </span>
        )}
      </td>
      <td className={cn(CELL, 'truncate whitespace-nowrap text-slate-700')}>
        {order.carrier ? t(`shipping:carrier.${order.carrier}`) : t('grid.noCarrier')}
      </td>
      <td className={CELL}>
        <select
          aria-label={t('grid.carrierFor', { number })}
          value={carrier ?? order.carrier ?? ''}
          onChange={(event) =>
            handlers.setCarrier(index, (event.target.value || null) as Carrier | null)
          }
          className="h-8 w-full rounded-md border border-slate-300 bg-white px-1.5 text-sm hover:border-slate-400 focus:border-accent-500"
        >
          {!order.carrier && <option value="">{t('grid.detectCarrier')}</option>}
          {CARRIERS.map((code) => (
            <option key={code} value={code}>
              {t(`shipping:carrier.${code}`)}
            </option>
          ))}
        </select>
      </td>
      <td className={CELL}>
        <input
          ref={(input) => handlers.register(index, input)}
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-label={t('grid.waybillFor', { number })}
          aria-invalid={verdict === 'error' ? true : undefined}
          defaultValue={handlers.store.getState().entries[number]?.waybill ?? ''}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onBlur={(event) => handlers.leave(index, event.currentTarget.value)}
          className="h-8 w-full rounded-md border border-slate-300 bg-white px-2 font-mono text-sm hover:border-slate-400 focus:border-accent-500 aria-invalid:border-red-500"
        />
      </td>
      <td className={CELL}>
        <VerdictCell problems={problems} />
      </td>
    </tr>
  );
}

/**
 * One order of the grid. The waybill input is uncontrolled: typing (or a scanner's burst of
 * characters) re-renders nothing; the value is saved on Enter, on leaving the input and on paste.
 */
export const WaybillRow = memo(WaybillRowImpl);
