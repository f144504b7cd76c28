import { isValidSnoozeDate, snoozeDateRange } from '@/domain/inventory/alerts';

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
    relativeFormats.set(locale, format);
  }
  return format;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago an instant was, in the largest whole unit ("3 小时前", "2 days ago"); null under a
 * minute, which the caller words itself ("just now").
 */
export function timeAgo(iso: string, now: number, locale: string): string | null {
  const elapsed = Math.max(0, now - Date.parse(iso));
  if (elapsed < MINUTE) return null;
  const format = relativeFormat(locale);
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour');
  return format.format(-Math.floor(elapsed / DAY), 'day');
}

export interface SnoozeDateBounds {
  /** Tomorrow in the location's zone: the default and the earliest choice. */
  min: string;
  max: string;
}

export function snoozeDateBounds(now: number, timeZone: string): SnoozeDateBounds {
  return snoozeDateRange(now, timeZone);
}

export type SnoozeDateProblem = 'required' | 'range' | null;

/** What is wrong with a chosen snooze date, by the same rule the server applies. */
export function snoozeDateProblem(date: string, now: number, timeZone: string): SnoozeDateProblem {
  if (date.trim() === '') return 'required';
  return isValidSnoozeDate(date, now, timeZone) ? null : 'range';
}
