/**
 * How a customer proves an order is theirs on the public tracking page: the order number and
 * either the e-mail on the order or the last four digits of its phone.
 */
export type LookupProof = { email: string } | { phoneLast4: string };

/** Order numbers as people type them: spaces, dashes and lower case are forgiven. */
export function normalizeOrderNumber(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether the proof matches the order's contact details. */
export function proofMatches(
  proof: LookupProof,
  contact: { email: string | null; phone: string },
): boolean {
  if ('email' in proof) {
    const given = normalizeEmail(proof.email);
    return given !== '' && contact.email !== null && normalizeEmail(contact.email) === given;
  }
  const digits = contact.phone.replace(/\D/g, '');
  return (
    /^\d{4}$/.test(proof.phoneLast4) && digits.length >= 4 && digits.endsWith(proof.phoneLast4)
  );
}

/** Failed lookups from one client are counted over this window. */
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** Failures a person mistyping makes before answers slow down. */
export const FREE_FAILURES = 3;
export const MAX_FAILURE_DELAY_MS = 8_000;

/**
 * How long the backend waits before answering a client with this many recent failures: nothing
 * for the first few, then doubling from one second up to a cap. Guessing order numbers becomes
 * slow while a person who mistyped twice notices nothing.
 */
export function failureDelayMs(recentFailures: number): number {
  const over = recentFailures - FREE_FAILURES;
  if (over < 0) return 0;
  return Math.min(MAX_FAILURE_DELAY_MS, 1000 * 2 ** over);
}
