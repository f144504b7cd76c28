import { Field, NativeSelect, type SelectOption } from './field';

interface FilterSelectProps {
  label: string;
  /** The field's width, a Tailwind class such as 'w-48'. */
  className: string;
  /** The first option, value '': no filter. Leave it out when the options hold their own ''. */
  allLabel?: string;
  options: readonly SelectOption[];
  /** The filter as the list has it now ('' for none). */
  value: string;
  /**
   * Shows a value the options do not hold (a link to a place no longer listed, or options still
   * loading) as itself, after the options, rather than as the first option.
   */
  keepUnlistedValue?: boolean;
  onChange: (value: string) => void;
}

/** One labelled filter of a list's filter bar: a native select with an "all" option first. */
export function FilterSelect({
  label,
  className,
  allLabel,
  options,
  value,
  keepUnlistedValue = false,
  onChange,
}: FilterSelectProps) {
  const unlisted = keepUnlistedValue && value !== '' && !options.some((o) => o.value === value);
  return (
    <Field label={label} className={className}>
      {(control) => (
        <NativeSelect {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {allLabel !== undefined && <option value="">{allLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {unlisted && <option value={value}>{value}</option>}
        </NativeSelect>
      )}
    </Field>
  );
}
