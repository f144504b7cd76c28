/** Calendar dates and wall clocks in a time zone, through Intl only. */

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's wall-clock reading at `ms`, expressed as if it were UTC (whole seconds). */
export function wallClockMs(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD calendar date as a UTC midnight, or null when it is not a real date. */
export function parseDateOnly(date: string): number | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const parsed = new Date(ms);
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1) return null;
  if (parsed.getUTCDate() !== day) return null;
  return ms;
}

function formatDateOnly(utcMidnight: number): string {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}

/** The calendar date (YYYY-MM-DD) in the zone at `now`. */
export function dateInZone(now: number, timeZone: string): string {
  const wallClock = wallClockMs(now, timeZone);
  return formatDateOnly(wallClock - (((wallClock % DAY_MS) + DAY_MS) % DAY_MS));
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const start = parseDateOnly(date);
  if (start === null) throw new RangeError(`Not a date: ${date}`);
  return formatDateOnly(start + days * DAY_MS);
}

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number | null {
  const start = parseDateOnly(from);
  const end = parseDateOnly(to);
  if (start === null || end === null) return null;
  return Math.round((end - start) / DAY_MS);
}

/**
 * The first instant of a calendar date in the zone: its 00:00, or, where the clocks skip
 * midnight, the moment they jump.
 */
export function startOfDayInZone(date: string, timeZone: string): number {
  const midnight = parseDateOnly(date);
  if (midnight === null) throw new RangeError(`Not a date: ${date}`);
  const offsetAt = (ms: number) => wallClockMs(ms, timeZone) - ms;
  const first = midnight - offsetAt(midnight);
  const second = midnight - offsetAt(first);
  const candidates = [first, second].sort((a, b) => a - b);
  // The earliest candidate that reads as this date; the offsets before and after a change at
  // midnight give one candidate on each side of it.
  return (
    candidates.find((ms) => wallClockMs(ms, timeZone) === midnight) ??
    candidates.find((ms) => wallClockMs(ms, timeZone) >= midnight) ??
    second
  );
}
