const oneDecimal = new Map<string, Intl.NumberFormat>();

/**
 * Rates and days with exactly one decimal ("1.0", "23.9"), so a column of them lines up at the
 * point when read down the page.
 */
export function formatOneDecimal(value: number, locale: string): string {
  let format = oneDecimal.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    oneDecimal.set(locale, format);
  }
  return format.format(value);
}
