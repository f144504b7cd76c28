import type { TFunction } from '@/i18n';
import {
  templateProblems,
  type TemplateProblem,
  type TemplateText,
} from '@/domain/notification/templates';

export type TemplateField = keyof TemplateText;

function messageOf(t: TFunction, problem: TemplateProblem): string {
  switch (problem.code) {
    case 'empty':
      return t('problem.empty');
    case 'too_long':
      return t('problem.too_long', { max: problem.max });
    case 'unknown_placeholder':
      return t('problem.unknown_placeholder', { placeholder: `{${problem.name}}` });
    case 'missing_tracking_link':
      return t('problem.missing_tracking_link');
  }
}

/** What keeps the template from being saved, worded per field, in the order the rule finds them. */
export function problemMessages(
  t: TFunction,
  text: TemplateText,
): { count: number; byField: Record<TemplateField, string[]> } {
  const problems = templateProblems(text);
  const byField: Record<TemplateField, string[]> = { sms: [], emailSubject: [], emailBody: [] };
  for (const problem of problems) byField[problem.field].push(messageOf(t, problem));
  return { count: problems.length, byField };
}
