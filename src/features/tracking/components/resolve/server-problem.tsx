import { useTranslation } from '@/i18n';
import { isApiError } from '@/api/errors';
import { Button } from '@/components/button';
import { describeError } from '@/components/error-message';
import { formatDateTime, formatNumber } from '@/lib/format';
import { fieldProblem } from './form-props';

/** Refusals a form shows at one of its fields; everything else shows in this box. */
const FIELD_PROBLEMS = ['waybill', 'amount', 'note'];

/**
 * Why the last attempt was refused, when it is not about one field: the order changed since the
 * queue was loaded (who and when, and a way to go on from that change), the parcel no longer needs
 * anyone, stock ran short for a replacement (which product, how many are left), or any other
 * failure in plain words. Nothing typed is lost; the form stays as it was.
 */
export function ServerProblem({
  error,
  timeZone,
  onUseCurrentVersion,
}: {
  error: unknown;
  timeZone: string;
  onUseCurrentVersion: (version: number) => void;
}) {
  const { t, i18n } = useTranslation('tracking');
  if (!error) return null;
  if (isApiError(error, 'duplicate')) return null;
  if (FIELD_PROBLEMS.some((field) => fieldProblem(error, field) !== undefined)) return null;

  const box = 'rounded-md border px-3 py-2 text-sm';
  if (isApiError(error, 'version_conflict')) {
    const current = error.problem.current;
    return (
      <div role="alert" className={`${box} border-amber-300 bg-amber-50 text-amber-900`}>
        <p>
          {current?.updatedBy
            ? t('dialog.conflict', {
                name: current.updatedBy.name,
                time: formatDateTime(current.updatedAt, timeZone, i18n.language),
              })
            : t('dialog.conflictUnknown')}
        </p>
        {current && (
          <Button
            size="sm"
            variant="secondary"
            className="mt-2"
            onClick={() => onUseCurrentVersion(current.version)}
          >
            {t('dialog.useCurrent')}
          </Button>
        )}
      </div>
    );
  }
  const shortage = isApiError(error, 'insufficient_stock') ? error.problem.shortage : undefined;
  const locale = i18n.language;
  return (
    <p role="alert" className={`${box} border-red-200 bg-red-50 text-red-800`}>
      {shortage
        ? t('reship.insufficientStock', {
            location: shortage.locationName,
            product: shortage.productName,
            requested: formatNumber(shortage.requested, locale),
            available: formatNumber(shortage.available, locale),
          })
        : isApiError(error, 'wrong_state')
          ? t('dialog.wrongState')
          : t('dialog.failed', { reason: describeError(t, error) })}
    </p>
  );
}
