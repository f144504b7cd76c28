import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n';
import { AlertIcon, CheckCircleIcon, CloseIcon, InfoIcon } from '@/components/icons';
import { CARRIERS, isCarrier } from '@/domain/waybill/carriers';
import { cn } from '@/lib/cn';
import type { RowEdit } from './draft';
import { problemsOf, rowStateOf, type PreviewRow, type RowProblem, type RowState } from './rows';

const UNKNOWN_CARRIER = '?';

const STATE_STYLE: Record<RowState, string> = {
  ok: 'text-emerald-700',
  warning: 'text-amber-700',
  error: 'text-red-700',
  checking: 'text-slate-500',
};

const CELL_INPUT =
  'h-8 w-full rounded border border-transparent bg-transparent px-2 font-mono text-sm text-slate-900 hover:border-slate-300 focus:border-accent-500 focus:bg-white disabled:text-slate-500';

export function useProblemText() {
  const { t } = useTranslation('waybill-import');
  return (problem: RowProblem, row: PreviewRow) =>
    problem === 'carrier_unknown'
      ? t('problem.carrier_unknown', { name: row.unknownCarrier })
      : t(`waybills:problem.${problem}`);
}

function commitOnEnter(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === 'Enter') event.currentTarget.blur();
}

interface PreviewRowProps {
  /** Position in the window's list, for measuring the row's height. */
  index: number;
  measureRef: (element: HTMLTableRowElement | null) => void;
  row: PreviewRow;
  /** The row's line in the batch, counted from 1. */
  line: number;
  disabled: boolean;
  onEdit: (id: number, edit: RowEdit) => void;
  onRemove: (id: number) => void;
}

/**
 * One editable row. Cells are left to the browser while typing and saved when left (or on Enter),
 * so typing in one row never re-renders the others.
 */
export const PreviewTableRow = memo(function PreviewTableRow({
  row,
  line,
  disabled,
  onEdit,
  onRemove,
  index,
  measureRef,
}: PreviewRowProps) {
  const { t } = useTranslation('waybill-import');
  const problemText = useProblemText();
  const state = rowStateOf(row);
  const problems = problemsOf(row);
  const StateIcon = state === 'ok' ? CheckCircleIcon : state === 'checking' ? InfoIcon : AlertIcon;

  return (
    <tr
      ref={measureRef}
      data-index={index}
      data-state={state}
      className={cn('border-b border-slate-100', state === 'error' && 'bg-red-50/60')}
    >
      <td className="px-2 text-right text-xs text-slate-500 tabular-nums">{line}</td>
      <td className="px-1">
        <input
          key={row.orderNumber}
          className={CELL_INPUT}
          aria-label={t('preview.orderNumberOf', { n: line })}
          defaultValue={row.orderNumber}
          disabled={disabled}
          onKeyDown={commitOnEnter}
          onBlur={(event) => {
            const value = event.currentTarget.value.trim();
            if (value !== row.orderNumber) onEdit(row.id, { orderNumber: value });
          }}
        />
      </td>
      <td className="px-1">
        <input
          key={row.waybill}
          className={CELL_INPUT}
          aria-label={t('preview.waybillOf', { n: line })}
          defaultValue={row.waybill}
          disabled={disabled}
          onKeyDown={commitOnEnter}
          onBlur={(event) => {
            const value = event.currentTarget.value.trim();
            if (value !== row.waybill) onEdit(row.id, { waybill: value });
          }}
        />
      </td>
      <td className="px-1">
        <select
          className={cn(CELL_INPUT, 'font-sans', row.unknownCarrier !== '' && 'text-red-700')}
          aria-label={t('preview.carrierOf', { n: line })}
          value={row.unknownCarrier !== '' ? UNKNOWN_CARRIER : (row.carrier ?? '')}
          disabled={disabled}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (value === UNKNOWN_CARRIER) return;
            onEdit(row.id, { carrier: isCarrier(value) ? value : null });
          }}
        >
          {row.unknownCarrier !== '' && (
            <option value={UNKNOWN_CARRIER}>
              {t('preview.unknownCarrier', { name: row.unknownCarrier })}
            </option>
          )}
          <option value="">
            {row.checkedCarrier
              ? t('preview.detectedCarrier', { name: t(`shipping:carrier.${row.checkedCarrier}`) })
              : t('preview.detectCarrier')}
          </option>
          {CARRIERS.map((carrier) => (
            <option key={carrier} value={carrier}>
              {t(`shipping:carrier.${carrier}`)}
            </option>
          ))}
        </select>
      </td>
      <td className={cn('px-2 py-1 text-sm', STATE_STYLE[state])}>
        <div className="flex items-start gap-1.5">
          <StateIcon className="mt-0.5 size-4 shrink-0" />
          <span>
            <span className="font-medium">{t(`preview.state.${state}`)}</span>
            {problems.length > 0 && (
              <span className="text-slate-800">
                {t('preview.separator')}
                {problems
                  .map((problem) => problemText(problem, row))
                  .join(t('preview.listSeparator'))}
              </span>
            )}
            {row.notSent && <span className="block text-slate-800">{t('preview.notSent')}</span>}
          </span>
        </div>
      </td>
      <td className="px-1 text-right">
        <button
          type="button"
          className="inline-flex size-8 items-center justify-center rounded text-slate-500 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-50"
          aria-label={t('preview.removeRow', { n: line })}
          disabled={disabled}
          onClick={() => onRemove(row.id)}
        >
          <CloseIcon className="size-4" />
        </button>
      </td>
    </tr>
  );
});
