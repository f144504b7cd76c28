import { TextInput } from '@/components/field';

interface OptionalNumberFieldProps {
  name: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** A number that may be left empty (empty: keep what each level has). */
export function OptionalNumberField({
  name,
  label,
  hint,
  error,
  value,
  onChange,
}: OptionalNumberFieldProps) {
  return (
    <TextInput
      label={label}
      hint={hint}
      error={error}
      name={name}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
