import type { TFunction } from '@/i18n';
import { severityOf, WAYBILL_PROBLEMS, type WaybillProblem } from '@/domain/waybill/verdict';

export function isWaybillProblem(code: string): code is WaybillProblem {
  return (WAYBILL_PROBLEMS as readonly string[]).includes(code);
}

/** What the live check of a typed number says, for the line under the field. */
export type NumberVerdict =
  | { kind: 'empty' }
  | { kind: 'error'; message: string }
  | { kind: 'warning'; message: string }
  | { kind: 'ok'; message: string };

/**
 * The words a warehouse worker reads under the number: the first error, else the first warning,
 * else that the number checks out.
 */
export function numberVerdict(
  t: TFunction,
  problems: readonly WaybillProblem[],
  carrierName: string,
): NumberVerdict {
  if (problems.includes('waybill_missing')) return { kind: 'empty' };
  const error = problems.find((problem) => severityOf(problem) === 'error');
  if (error) return { kind: 'error', message: waybillProblemText(t, error, carrierName) };
  const warning = problems[0];
  if (warning) return { kind: 'warning', message: waybillProblemText(t, warning, carrierName) };
  return { kind: 'ok', message: t('shipping:correct.numberOk', { carrier: carrierName }) };
}

export function waybillProblemText(
  t: TFunction,
  problem: WaybillProblem,
  carrierName: string,
): string {
  return t(`shipping:waybillProblem.${problem}`, { carrier: carrierName });
}
