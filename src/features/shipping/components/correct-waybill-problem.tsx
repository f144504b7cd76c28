import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { isApiError } from '@/api/errors';
import { queryKeys } from '@/api/query-keys';
import { useRuntimeConfig } from '@/api/runtime-context';
import { Button } from '@/components/button';
import { formatDateTime } from '@/lib/format';

/**
 * A refused save that is not about one field: the order changed since the list was loaded (with
 * who and when, and a way to save again on top of that change), it is no longer shipped, or any
 * other failure in plain words. Field problems (422 on the number, 409 duplicate) show at the field.
 */
export function ServerProblem({
  error,
  onUseCurrentVersion,
  fallback,
}: {
  error: unknown;
  onUseCurrentVersion: (version: number) => void;
  fallback: (error: unknown) => string;
}) {
  const { t, i18n } = useTranslation('shipping');
  const { timeZone } = useRuntimeConfig();
  const queryClient = useQueryClient();
  if (!error) return null;
  if (isApiError(error, 'duplicate')) return null;
  if (
    isApiError(error, 'validation') &&
    error.problem.errors?.some((e) => e.field === 'waybill' || e.field === 'reason')
  )
    return null;

  const box = 'rounded-md border px-3 py-2 text-sm';
  if (isApiError(error, 'version_conflict')) {
    const current = error.problem.current;
    return (
      <div role="alert" className={`${box} border-amber-200 bg-amber-50 text-amber-900`}>
        <p>
          {current?.updatedBy
            ? t('correct.conflictBy', {
                name: current.updatedBy.name,
                time: formatDateTime(current.updatedAt, timeZone, i18n.language),
              })
            : t('correct.conflict')}
        </p>
        {current && (
          <Button
            size="sm"
            className="mt-2"
            onClick={() => {
              void queryClient.invalidateQueries({ queryKey: queryKeys.orders.lists() });
              onUseCurrentVersion(current.version);
            }}
          >
            {t('correct.useCurrent')}
          </Button>
        )}
      </div>
    );
  }
  return (
    <p role="alert" className={`${box} border-red-200 bg-red-50 text-red-800`}>
      {isApiError(error, 'wrong_state') ? t('correct.notShipped') : fallback(error)}
    </p>
  );
}
