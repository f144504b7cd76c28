/**
 * A whole number typed by a person, or null when it is not one. Digits only (full-width digits
 * from a Chinese IME count too); thousands separators are ignored.
 */
export function wholeNumberOf(text: string): number | null {
  const normalised = text
    .trim()
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  if (!/^\d+$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isSafeInteger(value) ? value : null;
}
