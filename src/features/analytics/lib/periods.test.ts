import { describe, expect, it } from 'vitest';
import { periodOf, periodRange, pointChange, relativeChange } from './periods';

describe('analytics periods', () => {
  // 2026-11-22 01:30 in Shanghai is still 2026-11-21 in UTC.
  const now = new Date('2026-11-21T17:30:00Z');

  it.each([
    ['7d', { from: '2026-11-16', to: '2026-11-22' }],
    ['30d', { from: '2026-10-24', to: '2026-11-22' }],
    ['month', { from: '2026-11-01', to: '2026-11-22' }],
  ] as const)('%s counts days in the store time zone', (period, range) => {
    expect(periodRange(period, now, 'Asia/Shanghai')).toEqual(range);
  });

  it('falls back to the last 7 days for an unknown period', () => {
    expect(periodOf('year')).toBe('7d');
    expect(periodOf(null)).toBe('7d');
  });

  it.each([
    [120, 100, 0.2, 'up'],
    [80, 100, -0.2, 'down'],
    [100, 100, 0, 'flat'],
  ] as const)('relative change of %d against %d', (current, previous, value, direction) => {
    const change = relativeChange(current, previous);
    expect(change.value).toBeCloseTo(value);
    expect(change.direction).toBe(direction);
  });

  it('has no relative change without a previous value', () => {
    expect(relativeChange(5, 0)).toEqual({ value: null, direction: 'up' });
  });

  it('compares rates in percentage points', () => {
    const change = pointChange(0.05, 0.03);
    expect(change.value).toBeCloseTo(0.02);
    expect(change.direction).toBe('up');
  });
});
