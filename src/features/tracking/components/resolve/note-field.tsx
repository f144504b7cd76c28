import type { ReactNode } from 'react';
import { Field } from '@/components/field';

/** A multi-line text field of the resolution forms (a note, a reason). */
export function NoteField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  required,
  maxLength,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  maxLength: number;
}) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={3}
          value={value}
          // A little room past the limit, so a pasted text is cut visibly by the error, not silently.
          maxLength={maxLength + 50}
          onChange={(event) => onChange(event.target.value)}
          className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs hover:border-slate-400 focus:border-accent-500 aria-invalid:border-red-500"
        />
      )}
    </Field>
  );
}
