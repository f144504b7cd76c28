import {
  forwardRef,
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
} from 'react';
import { cn } from '@/lib/cn';
import { ChevronDownIcon } from './icons';

interface FieldRenderProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: ReactNode;
  /** Shown under the control and announced with it; replaces the hint while present. */
  error?: string;
  hint?: ReactNode;
  /** Visually hides the label (it stays the control's accessible name). */
  hideLabel?: boolean;
  className?: string;
  id?: string;
  required?: boolean;
  children: (control: FieldRenderProps) => ReactNode;
}

/** A label, a control and its hint or error text, wired together for assistive technology. */
export function Field({
  label,
  error,
  hint,
  hideLabel,
  className,
  id,
  required,
  children,
}: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const messageId = `${controlId}-message`;
  const message = error ?? hint;
  return (
    <div className={cn('flex flex-col gap-1', className)}>
      <label
        htmlFor={controlId}
        className={cn('text-sm font-medium text-slate-700', hideLabel && 'sr-only')}
      >
        {label}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-red-600">
            *
          </span>
        )}
      </label>
      {children({
        id: controlId,
        'aria-describedby': message ? messageId : undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {message && (
        <p
          id={messageId}
          className={cn('text-xs', error ? 'text-red-700' : 'text-slate-600')}
          role={error ? 'alert' : undefined}
        >
          {message}
        </p>
      )}
    </div>
  );
}

const CONTROL = cn(
  'h-8 w-full rounded-md border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-xs',
  'placeholder:text-slate-500 hover:border-slate-400 disabled:bg-slate-50 disabled:text-slate-500',
  'focus:border-accent-500 aria-invalid:border-red-500',
);

export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(
  function Input({ className, ...props }, ref) {
    return <input ref={ref} className={cn(CONTROL, className)} {...props} />;
  },
);

export const NativeSelect = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(
  function NativeSelect({ className, children, ...props }, ref) {
    return (
      <div className="relative">
        <select ref={ref} className={cn(CONTROL, 'appearance-none pr-8', className)} {...props}>
          {children}
        </select>
        <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-2 size-4 -translate-y-1/2 text-slate-500" />
      </div>
    );
  },
);

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  hideLabel?: boolean;
  fieldClassName?: string;
};

/** A labelled text input; forwards its ref so form libraries can register it. */
export const TextInput = forwardRef<HTMLInputElement, TextInputProps>(function TextInput(
  { label, error, hint, hideLabel, fieldClassName, required, ...props },
  ref,
) {
  return (
    <Field
      label={label}
      error={error}
      hint={hint}
      hideLabel={hideLabel}
      className={fieldClassName}
      required={required}
    >
      {(control) => <Input ref={ref} required={required} {...control} {...props} />}
    </Field>
  );
});

export interface SelectOption {
  value: string;
  label: string;
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> & {
  label: ReactNode;
  options: readonly SelectOption[];
  error?: string;
  hint?: ReactNode;
  hideLabel?: boolean;
  fieldClassName?: string;
};

/** A labelled native select: the most robust choice for keyboards, screen readers and phones. */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { label, options, error, hint, hideLabel, fieldClassName, required, ...props },
  ref,
) {
  return (
    <Field
      label={label}
      error={error}
      hint={hint}
      hideLabel={hideLabel}
      className={fieldClassName}
      required={required}
    >
      {(control) => (
        <NativeSelect ref={ref} required={required} {...control} {...props}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </NativeSelect>
      )}
    </Field>
  );
});
