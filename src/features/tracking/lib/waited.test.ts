import { describe, expect, it } from 'vitest';
import { waitedBetween } from './waited';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const before = (ms: number) => new Date(NOW - ms).toISOString();
const HOUR = 3_600_000;

describe('waitedBetween', () => {
  it.each([
    [0, { unit: 'minutes', minutes: 0 }],
    [59 * 60_000, { unit: 'minutes', minutes: 59 }],
    [HOUR, { unit: 'hours', hours: 1 }],
    [23 * HOUR + 59 * 60_000, { unit: 'hours', hours: 23 }],
    [24 * HOUR, { unit: 'days', days: 1, hours: 0 }],
    [3 * 24 * HOUR + 4 * HOUR + 30 * 60_000, { unit: 'days', days: 3, hours: 4 }],
  ])('%i ms is %o', (ms, expected) => {
    expect(waitedBetween(before(ms), NOW)).toEqual(expected);
  });

  it('never goes below zero when the clock is behind the server', () => {
    expect(waitedBetween(new Date(NOW + HOUR).toISOString(), NOW)).toEqual({
      unit: 'minutes',
      minutes: 0,
    });
  });
});
