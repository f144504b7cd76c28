import type { AlertLevel } from './vocabulary';
import { addDays, dateInZone, daysBetween, startOfDayInZone } from './time-zone';

/** A live (not cleared) alert, as far as its transitions care. */
export interface AlertFacts {
  level: AlertLevel;
  state: 'open' | 'acknowledged' | 'snoozed';
  /** Epoch ms the snooze ends; with state snoozed, null means until the level changes. */
  snoozedUntil: number | null;
}

export type AlertStep =
  | { kind: 'none' }
  | { kind: 'raise'; level: AlertLevel }
  | { kind: 'level_changed'; level: AlertLevel; state: 'open' | 'snoozed' }
  | { kind: 'clear' };

/**
 * What happens to a SKU's live alert (or its absence) when its stock calls for `level` (null:
 * recovered). A level change opens the alert again, ending an acknowledgement or a snooze "until
 * the level changes"; a snooze until a date keeps its date.
 */
export function alertStep(live: AlertFacts | null, level: AlertLevel | null): AlertStep {
  if (level === null) return live ? { kind: 'clear' } : { kind: 'none' };
  if (!live) return { kind: 'raise', level };
  if (live.level === level) return { kind: 'none' };
  const keepsSnooze = live.state === 'snoozed' && live.snoozedUntil !== null;
  return { kind: 'level_changed', level, state: keepsSnooze ? 'snoozed' : 'open' };
}

/** The state a person sees at `now`: a snooze until a date reads open from the start of that date. */
export function effectiveAlertState(
  facts: AlertFacts,
  now: number,
): 'open' | 'acknowledged' | 'snoozed' {
  if (facts.state === 'snoozed' && facts.snoozedUntil !== null && now >= facts.snoozedUntil) {
    return 'open';
  }
  return facts.state;
}

/** A snooze ends at most this many days after today. */
export const MAX_SNOOZE_DAYS = 90;

/** Epoch ms a snooze until `date` (YYYY-MM-DD) ends: the start of that day in the zone. */
export function snoozeUntil(date: string, timeZone: string): number {
  return startOfDayInZone(date, timeZone);
}

/** The dates a snooze may run until at `now` in the zone: tomorrow up to 90 days ahead (YYYY-MM-DD). */
export function snoozeDateRange(now: number, timeZone: string): { min: string; max: string } {
  const today = dateInZone(now, timeZone);
  return { min: addDays(today, 1), max: addDays(today, MAX_SNOOZE_DAYS) };
}

/** A real date after today in the zone and at most 90 days ahead. */
export function isValidSnoozeDate(date: string, now: number, timeZone: string): boolean {
  const ahead = daysBetween(dateInZone(now, timeZone), date);
  return ahead !== null && ahead >= 1 && ahead <= MAX_SNOOZE_DAYS;
}
