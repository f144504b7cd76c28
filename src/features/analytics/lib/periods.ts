import { daysInclusive, shiftDay } from '@/lib/calendar-days';

/** The named periods of the analytics filter, each ending today. */
export const RANGE_PRESETS = ['today', '7d', '30d', 'month', 'year'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** The first and last day of a period, both counted. */
export interface DayRange {
  from: string;
  to: string;
}

/** The days a preset covers, given what day it is today where the stores are. */
export function presetDays(preset: RangePreset, today: string): DayRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case '7d':
      return { from: shiftDay(today, -6), to: today };
    case '30d':
      return { from: shiftDay(today, -29), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'year':
      return { from: `${today.slice(0, 5)}01-01`, to: today };
  }
}

/** The period of the same length just before: what the figures are compared with. */
export function previousPeriod({ from, to }: DayRange): DayRange {
  const length = daysInclusive(from, to);
  return { from: shiftDay(from, -length), to: shiftDay(from, -1) };
}

export interface Change {
  /** Relative change for amounts and counts, percentage points for rates; null without a base to compare with. */
  value: number | null;
  direction: 'up' | 'down' | 'flat';
}

export function relativeChange(current: number, previous: number): Change {
  if (previous === 0) return { value: null, direction: current === 0 ? 'flat' : 'up' };
  const value = (current - previous) / previous;
  return { value, direction: Math.abs(value) < 0.0005 ? 'flat' : value > 0 ? 'up' : 'down' };
}

export function pointChange(current: number, previous: number): Change {
  const value = current - previous;
  return { value, direction: Math.abs(value) < 0.00005 ? 'flat' : value > 0 ? 'up' : 'down' };
}
