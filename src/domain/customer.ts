/** Mainland mobile numbers: 11 digits, 1 then 3-9. */
const MOBILE = /^1[3-9]\d{9}$/;

export function isMobilePhone(value: string): boolean {
  return MOBILE.test(value);
}

/**
 * Hides the middle of a phone number as Chinese apps do (138****5678). Anything that is not a
 * mainland mobile keeps only its last four digits visible.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (MOBILE.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
}

export function phoneLastFour(phone: string): string {
  return phone.replace(/\D/g, '').slice(-4);
}

/** Keeps the first two characters of the local part: xi***@qq.com. */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email.slice(0, Math.min(2, at))}***${email.slice(at)}`;
}
