import { useTranslation } from '@/i18n';
import { isApiError } from '@/api/errors';
import { Button } from '@/components/button';
import { describeError } from '@/components/error-message';
import { formatDateTime } from '@/lib/format';

interface StockSaveProblemProps {
  error: unknown;
  timeZone: string;
  reloading: boolean;
  /** Reads the level again so the next save starts from what the server has; the inputs stay. */
  onReload: () => void;
}

/**
 * A refused save that is not about one field: the level changed since it was opened (who and when,
 * and a way to carry on from the new figures), or any other failure in plain words.
 */
export function StockSaveProblem({ error, timeZone, reloading, onReload }: StockSaveProblemProps) {
  const { t, i18n } = useTranslation('inventory');
  if (!error) return null;
  const box = 'rounded-md border px-3 py-2 text-sm';
  if (isApiError(error, 'version_conflict')) {
    const current = error.problem.current;
    const time = current ? formatDateTime(current.updatedAt, timeZone, i18n.language) : '';
    return (
      <div role="alert" className={`${box} border-amber-200 bg-amber-50 text-amber-900`}>
        <p>
          {current?.updatedBy
            ? t('conflict.changedBy', { name: current.updatedBy.name, time })
            : t('conflict.changed')}
        </p>
        <Button size="sm" className="mt-2" busy={reloading} onClick={onReload}>
          {t('conflict.reload')}
        </Button>
      </div>
    );
  }
  return (
    <p role="alert" className={`${box} border-red-200 bg-red-50 text-red-800`}>
      {isApiError(error, 'not_found') || isApiError(error, 'out_of_scope')
        ? t('conflict.gone')
        : describeError(t, error)}
    </p>
  );
}
