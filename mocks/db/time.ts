export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Zones without daylight saving, known without asking Intl (whose first use is slow). */
const offsets = new Map<string, number>([
  ['Asia/Shanghai', 8 * HOUR],
  ['Asia/Chongqing', 8 * HOUR],
  ['Asia/Hong_Kong', 8 * HOUR],
  ['Asia/Macau', 8 * HOUR],
  ['Asia/Taipei', 8 * HOUR],
  ['UTC', 0],
]);

/**
 * The zone's offset from UTC in ms. The chain's stores are all in Asia/Shanghai, which has had
 * no daylight saving since 1991, so one offset per zone is exact and keeps seeding fast.
 */
export function zoneOffsetMs(timeZone: string): number {
  let offset = offsets.get(timeZone);
  if (offset === undefined) {
    const at = new Date(Date.UTC(2024, 0, 15, 12));
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(at);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    offset = local - at.getTime();
    offsets.set(timeZone, offset);
  }
  return offset;
}

/** Days since 1970-01-01 in the zone's calendar. */
export function dayNumber(ms: number, timeZone: string): number {
  return Math.floor((ms + zoneOffsetMs(timeZone)) / DAY);
}

export function dayStartMs(day: number, timeZone: string): number {
  return day * DAY - zoneOffsetMs(timeZone);
}

/** yyyy-mm-dd of a day number. */
export function dayToDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function dateToDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
}

export function dateParts(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
