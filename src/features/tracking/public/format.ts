/** Dates as a customer reads them, in the store's time zone and the page's language. */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatWith(
  key: string,
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const cacheKey = `${key}|${locale}|${timeZone}`;
  let format = formats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(cacheKey, format);
  }
  return format;
}

/** A day with its weekday, e.g. 11月25日周三 / Wed, Nov 25: what "estimated delivery" needs. */
export function formatDay(iso: string, timeZone: string, locale: string): string {
  return formatWith('day', locale, timeZone, {
    month: 'short',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(iso));
}

/** A moment to the minute, with the year: tracking events and the order's date. */
export function formatMoment(iso: string, timeZone: string, locale: string): string {
  return formatWith('moment', locale, timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
