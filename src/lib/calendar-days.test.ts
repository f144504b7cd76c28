import { describe, expect, it } from 'vitest';
import { daysInclusive, isCalendarDay, shiftDay } from './calendar-days';

describe('calendar days', () => {
  it.each([
    ['2026-11-22', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-05', false],
    ['20261105', false],
    ['', false],
  ])('%j is a calendar day: %s', (value, expected) => {
    expect(isCalendarDay(value)).toBe(expected);
  });

  it.each([
    ['2026-11-22', -29, '2026-10-24'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-12-31', 1, '2025-01-01'],
  ])('%s moved by %d days is %s', (day, days, expected) => {
    expect(shiftDay(day, days)).toBe(expected);
  });

  it.each([
    ['2026-11-22', '2026-11-22', 1],
    ['2026-10-24', '2026-11-22', 30],
    ['2026-01-01', '2026-12-31', 365],
    ['2026-11-23', '2026-11-22', 0],
  ])('%s to %s spans %d days', (from, to, expected) => {
    expect(daysInclusive(from, to)).toBe(expected);
  });
});
