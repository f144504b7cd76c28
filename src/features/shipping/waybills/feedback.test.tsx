import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { beep, createDoubleTriggerGuard, ScanMessage } from './feedback';

describe('createDoubleTriggerGuard', () => {
  it('rejects the same value again within the window, and accepts it after', () => {
    const accept = createDoubleTriggerGuard(1500);
    expect(accept('SO1', 0)).toBe(true);
    expect(accept('SO1', 1499)).toBe(false);
    expect(accept('SO1', 1500)).toBe(true);
  });

  it('accepts a different value at once, and the first again after it', () => {
    const accept = createDoubleTriggerGuard();
    expect(accept('SO1', 0)).toBe(true);
    expect(accept('EA123', 10)).toBe(true);
    expect(accept('SO1', 20)).toBe(true);
  });
});

describe('beep', () => {
  it('does nothing, without throwing, where Web Audio is missing', () => {
    expect(() => {
      beep('error');
      beep('ok');
    }).not.toThrow();
  });
});

describe('ScanMessage', () => {
  it('interrupts with an alert for errors and waits politely otherwise', () => {
    const { rerender } = render(<ScanMessage tone="error">校验位不对</ScanMessage>);
    expect(screen.getByRole('alert')).toHaveTextContent('校验位不对');
    rerender(<ScanMessage tone="ok">已发货</ScanMessage>);
    expect(screen.getByRole('status')).toHaveTextContent('已发货');
  });
});
