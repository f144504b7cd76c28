/** Formatting for display. Money arrives in minor units (fen); times as ISO strings shown in a store's time zone. */

const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function formatMoney(amountMinor: number, locale: string, currency = 'CNY'): string {
  const format = cached(
    moneyFormats,
    `${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2 }),
  );
  return format.format(amountMinor / 100);
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  const format = cached(
    numberFormats,
    `${locale}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits }),
  );
  return format.format(value);
}

export function formatPercent(ratio: number, locale: string, fractionDigits = 1): string {
  const format = cached(
    numberFormats,
    `${locale}|%${fractionDigits}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }),
  );
  return format.format(ratio);
}

export type DateStyle = 'datetime' | 'date' | 'time' | 'datetime-seconds';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  datetime: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  'datetime-seconds': {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  },
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

export function formatDateTime(
  iso: string,
  timeZone: string,
  locale: string,
  style: DateStyle = 'datetime',
): string {
  const format = cached(
    dateTimeFormats,
    `${locale}|${timeZone}|${style}`,
    () => new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[style], timeZone }),
  );
  return format.format(new Date(iso));
}

/** The calendar date (yyyy-mm-dd) of an instant in a time zone. */
export function dateInTimeZone(instant: Date, timeZone: string): string {
  const parts = cached(
    dateTimeFormats,
    `en-CA|${timeZone}|ymd`,
    () =>
      new Intl.DateTimeFormat('en-CA', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        timeZone,
      }),
  ).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * Creates the formatters a first screen uses. Building the first Intl formatter of a locale loads
 * its data (tens of milliseconds); done while the first data is on its way, it is not paid again
 * when the rows render.
 */
export function warmFormats(locale: string, timeZone: string): void {
  formatMoney(0, locale);
  formatNumber(0, locale);
  formatDateTime(new Date(0).toISOString(), timeZone, locale);
}
