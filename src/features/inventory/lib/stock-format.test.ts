import { describe, expect, it } from 'vitest';
import { formatOneDecimal } from './stock-format';

describe('one-decimal figures', () => {
  it('always shows one decimal, rounded', () => {
    expect(formatOneDecimal(1, 'zh-CN')).toBe('1.0');
    expect(formatOneDecimal(23.94, 'zh-CN')).toBe('23.9');
    expect(formatOneDecimal(1234.56, 'en')).toBe('1,234.6');
  });
});
