import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import type { Carrier } from '@/domain/waybill/carriers';
import { checkWaybillNumber } from '@/domain/waybill/check';
import { severityOf, verdictOf } from '@/domain/waybill/verdict';

/** The waybill entry screen's words: its verdict, then the problem that decided it. */
export function useWaybillVerdict(waybill: string, carrier: Carrier) {
  const { t } = useTranslation('waybills');
  const check = useMemo(() => checkWaybillNumber(waybill, carrier), [waybill, carrier]);
  const problems = check.problems;
  if (problems.includes('waybill_missing')) return { check, kind: 'empty' as const, text: '' };
  const verdict = verdictOf(problems);
  const decisive = problems.find((p) => severityOf(p) === 'error') ?? problems[0];
  const words = t(`waybills:verdict.${verdict}`);
  const text = decisive ? `${words}：${t(`waybills:problem.${decisive}`)}` : words;
  return { check, kind: verdict, text };
}
