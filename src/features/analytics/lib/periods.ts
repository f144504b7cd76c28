import { dateInTimeZone } from '@/lib/format';

export const PERIODS = ['7d', '30d', 'month'] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = '7d';

export function periodOf(value: string | null): Period {
  return PERIODS.find((period) => period === value) ?? DEFAULT_PERIOD;
}

function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** The days a period covers, inclusive, counted in the given time zone ("today" there, not in the browser). */
export function periodRange(
  period: Period,
  now: Date,
  timeZone: string,
): { from: string; to: string } {
  const today = dateInTimeZone(now, timeZone);
  switch (period) {
    case '7d':
      return { from: addDays(today, -6), to: today };
    case '30d':
      return { from: addDays(today, -29), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
  }
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
