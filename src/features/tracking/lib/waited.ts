const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long a parcel has waited, in the largest units worth saying: days and hours, hours, or minutes. */
export type Waited =
  | { unit: 'days'; days: number; hours: number }
  | { unit: 'hours'; hours: number }
  | { unit: 'minutes'; minutes: number };

export function waitedBetween(sinceIso: string, now: number): Waited {
  const ms = Math.max(0, now - Date.parse(sinceIso));
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    return { unit: 'days', days, hours: Math.floor((ms - days * DAY) / HOUR) };
  }
  if (ms >= HOUR) return { unit: 'hours', hours: Math.floor(ms / HOUR) };
  return { unit: 'minutes', minutes: Math.floor(ms / MINUTE) };
}
