import { describe, expect, it } from 'vitest';
import { formatOrderNumber, isOrderNumber, normaliseOrderNumber } from './ids';

describe('order numbers', () => {
  it.each([
    [{ year: 2026, month: 11, day: 22 }, 123, 'SO2026112200123'],
    [{ year: 2026, month: 1, day: 5 }, 0, 'SO2026010500000'],
    [{ year: 2025, month: 12, day: 31 }, 99_999, 'SO2025123199999'],
  ])('%o #%i -> %s', (date, sequence, expected) => {
    expect(formatOrderNumber(date, sequence)).toBe(expected);
    expect(isOrderNumber(expected)).toBe(true);
  });

  it.each([[-1], [100_000], [1.5]])('refuses sequence %s', (sequence) => {
    expect(() => formatOrderNumber({ year: 2026, month: 1, day: 1 }, sequence)).toThrow(RangeError);
  });

  it.each([
    ['so2026112200123', true],
    [' SO2026112200123 ', true],
    ['SO202611220012', false],
    ['SF1234567890123', false],
    ['', false],
  ])('%j is an order number: %s', (value, expected) => {
    expect(isOrderNumber(value)).toBe(expected);
  });

  it('normalises what people type or scan', () => {
    expect(normaliseOrderNumber(' so-20261122 00123 ')).toBe('SO2026112200123');
  });
});
