/**
 * Calendar days written yyyy-mm-dd. The arithmetic is on whole days and involves no time zone:
 * which day "today" is comes from `dateInTimeZone` in ./format.
 */

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcMidnight(day: string): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

/** A real day of the calendar in yyyy-mm-dd form (not 2026-02-30, not 2026-2-3). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const instant = new Date(utcMidnight(value));
  return instant.toISOString().slice(0, 10) === value;
}

/** A day moved by whole days. */
export function shiftDay(day: string, days: number): string {
  return new Date(utcMidnight(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** How many days from `from` to `to`, both counted: the same day is 1, an inverted pair is ≤ 0. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS) + 1;
}
