import type { Carrier } from './carriers';

/**
 * Everything that can be wrong with one row of a waybill batch, from the number itself to the
 * order it is for. The browser checks what it can (format, duplicates in the batch); the backend
 * checks the rest (the order's state and location, numbers already used) with the same codes.
 */
export const WAYBILL_PROBLEMS = [
  // the number
  'waybill_missing',
  'unknown_format',
  'wrong_format',
  'check_digit',
  'pattern_only',
  'carrier_differs',
  // the batch
  'duplicate_in_batch',
  'order_twice_in_batch',
  // the order and the numbers already used (backend)
  'order_missing',
  'order_unknown',
  'order_not_allocated',
  'order_on_hold',
  'order_cancelled',
  'order_shipped',
  'other_location',
  'waybill_used',
] as const;
export type WaybillProblem = (typeof WAYBILL_PROBLEMS)[number];

export type Verdict = 'ok' | 'warning' | 'error';

/** Warnings still ship: the number is plausible but could not be proven right. */
const WARNINGS: ReadonlySet<WaybillProblem> = new Set(['pattern_only', 'carrier_differs']);

export function severityOf(problem: WaybillProblem): Exclude<Verdict, 'ok'> {
  return WARNINGS.has(problem) ? 'warning' : 'error';
}

export function verdictOf(problems: readonly WaybillProblem[]): Verdict {
  if (problems.some((p) => severityOf(p) === 'error')) return 'error';
  return problems.length > 0 ? 'warning' : 'ok';
}

/** What checking one number tells: its normalised form, whose it is, and what is wrong with it. */
export interface WaybillCheck {
  normalised: string;
  /** The carrier given, or the one detected when none was; null when nothing matches. */
  carrier: Carrier | null;
  /** Only number problems: waybill_missing, unknown_format, wrong_format, check_digit, pattern_only. */
  problems: WaybillProblem[];
}
