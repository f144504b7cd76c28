import type { ComponentProps } from 'react';
import { Input } from '@/components/field';

/** An amount typed in yuan: decimal keypad on phones, figures aligned, no browser suggestions. */
export function AmountInput(props: Omit<ComponentProps<typeof Input>, 'inputMode'>) {
  return (
    <Input
      name="amount"
      inputMode="decimal"
      autoComplete="off"
      className="tabular-nums"
      {...props}
    />
  );
}
