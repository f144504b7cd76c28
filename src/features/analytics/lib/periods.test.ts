import { describe, expect, it } from 'vitest';
import { presetDays, previousPeriod, pointChange, relativeChange } from './periods';

describe('analytics periods', () => {
  it.each([
    ['today', '2026-11-22', { from: '2026-11-22', to: '2026-11-22' }],
    ['7d', '2026-11-22', { from: '2026-11-16', to: '2026-11-22' }],
    ['30d', '2026-11-22', { from: '2026-10-24', to: '2026-11-22' }],
    ['month', '2026-11-22', { from: '2026-11-01', to: '2026-11-22' }],
    ['month', '2026-11-01', { from: '2026-11-01', to: '2026-11-01' }],
    ['year', '2026-11-22', { from: '2026-01-01', to: '2026-11-22' }],
    ['30d', '2026-03-01', { from: '2026-01-31', to: '2026-03-01' }],
  ] as const)('%s on %s covers %j', (preset, today, range) => {
    expect(presetDays(preset, today)).toEqual(range);
  });

  it.each([
    [
      { from: '2026-10-24', to: '2026-11-22' },
      { from: '2026-09-24', to: '2026-10-23' },
    ],
    [
      { from: '2026-11-22', to: '2026-11-22' },
      { from: '2026-11-21', to: '2026-11-21' },
    ],
    [
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2026-01-29', to: '2026-02-28' },
    ],
  ])('the period before %j is %j', (range, previous) => {
    expect(previousPeriod(range)).toEqual(previous);
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
    expect(relativeChange(0, 0)).toEqual({ value: null, direction: 'flat' });
  });

  it('compares rates in percentage points', () => {
    const change = pointChange(0.05, 0.03);
    expect(change.value).toBeCloseTo(0.02);
    expect(change.direction).toBe('up');
  });
});

describe('the period before, day for day', () => {
  it.each([
    [
      { from: '2026-11-22', to: '2026-11-22' },
      { from: '2026-11-21', to: '2026-11-21' },
    ],
    [
      { from: '2026-10-24', to: '2026-11-22' },
      { from: '2026-09-24', to: '2026-10-23' },
    ],
    [
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2026-01-29', to: '2026-02-28' },
    ],
  ])('the period before %o is %o', (current, previous) => {
    expect(previousPeriod(current)).toEqual(previous);
  });
});
