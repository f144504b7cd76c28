import { useId, type Ref } from 'react';
import { useTranslation } from '@/i18n';
import { cn } from '@/lib/cn';

const CONTROL = cn(
  'w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs',
  'hover:border-slate-400 read-only:bg-slate-50 focus:border-accent-500 aria-invalid:border-red-500',
);

/** One part of a template: a labelled text box with its length and its problems announced with it. */
export function TemplateField({
  label,
  value,
  max,
  rows,
  problems,
  readOnly,
  controlRef,
  onChange,
  onFocus,
}: {
  label: string;
  value: string;
  max: number;
  /** A multi-line box with this many rows; a single line without. */
  rows?: number;
  problems: readonly string[];
  readOnly: boolean;
  controlRef?: Ref<HTMLTextAreaElement & HTMLInputElement>;
  onChange: (value: string) => void;
  onFocus: () => void;
}) {
  const { t } = useTranslation('notifications');
  const id = useId();
  const countId = `${id}-count`;
  const problemsId = `${id}-problems`;
  const shared = {
    id,
    ref: controlRef,
    value,
    readOnly,
    spellCheck: false,
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': problems.length > 0 ? `${problemsId} ${countId}` : countId,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    onFocus,
  };
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          {label}
        </label>
        <span
          id={countId}
          className={cn(
            'text-xs tabular-nums',
            value.length > max ? 'text-red-700' : 'text-slate-500',
          )}
        >
          {t('templates.length', { n: value.length, max })}
        </span>
      </div>
      {rows ? (
        <textarea {...shared} rows={rows} className={cn(CONTROL, 'font-mono leading-relaxed')} />
      ) : (
        <input {...shared} type="text" className={cn(CONTROL, 'h-8 py-0')} />
      )}
      {problems.length > 0 && (
        <ul id={problemsId} className="flex flex-col gap-0.5 text-xs text-red-700">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
