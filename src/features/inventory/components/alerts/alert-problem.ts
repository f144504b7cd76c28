import type { TFunction } from '@/i18n';
import { isApiError } from '@/api/errors';
import { describeError } from '@/components/error-message';
import { formatDateTime } from '@/lib/format';

/**
 * One sentence for a refused alert action. A version conflict names who handled the alert and
 * when; an alert that cleared or vanished meanwhile says so (the lists refresh either way).
 */
export function describeAlertProblem(
  t: TFunction,
  error: unknown,
  timeZone: string,
  locale: string,
): string {
  if (isApiError(error, 'version_conflict')) {
    const current = error.problem.current;
    const name = current?.updatedBy?.name;
    return name && current
      ? t('stock-alerts:errors.conflictBy', {
          name,
          time: formatDateTime(current.updatedAt, timeZone, locale),
        })
      : t('stock-alerts:errors.conflict');
  }
  if (
    isApiError(error, 'not_found') ||
    isApiError(error, 'wrong_state') ||
    isApiError(error, 'conflict')
  )
    return t('stock-alerts:errors.gone');
  return t('stock-alerts:errors.failed', { reason: describeError(t, error) });
}
