/** Order numbers are human-facing: SO + placed date (yyyymmdd, store time) + five-digit daily sequence. */
const ORDER_NUMBER = /^SO(\d{4})(\d{2})(\d{2})(\d{5})$/;

export function formatOrderNumber(
  date: { year: number; month: number; day: number },
  sequence: number,
): string {
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 99_999) {
    throw new RangeError(`order sequence out of range: ${sequence}`);
  }
  const y = String(date.year).padStart(4, '0');
  const m = String(date.month).padStart(2, '0');
  const d = String(date.day).padStart(2, '0');
  return `SO${y}${m}${d}${String(sequence).padStart(5, '0')}`;
}

export function isOrderNumber(value: string): boolean {
  return ORDER_NUMBER.test(value.trim().toUpperCase());
}

export function normaliseOrderNumber(value: string): string {
  return value.trim().toUpperCase().replace(/[\s-]/g, '');
}
