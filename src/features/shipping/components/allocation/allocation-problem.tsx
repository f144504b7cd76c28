import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { isApiError } from '@/api/errors';
import { Button } from '@/components/button';
import { formatNumber } from '@/lib/format';

/**
 * Why an allocation was refused, in the dialog that sent it (the user's choice stays): a shortage
 * names the SKU, the location and what is left; a conflict explains itself and offers Reload.
 * Renders nothing for other errors (they are toasts).
 */
export function AllocationProblem({
  error,
  onReload,
}: {
  error: unknown;
  onReload: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation('allocation');
  const [reloading, setReloading] = useState(false);
  const locale = i18n.language;

  if (isApiError(error, 'insufficient_stock')) {
    const shortage = error.problem.shortage;
    return (
      <p
        role="alert"
        className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
      >
        {shortage
          ? t('change.insufficient', {
              sku: shortage.sku,
              product: shortage.productName,
              location: shortage.locationName,
              available: formatNumber(Math.max(0, shortage.available), locale),
              requested: formatNumber(shortage.requested, locale),
            })
          : t('change.insufficientUnknown')}
      </p>
    );
  }

  const conflict = isApiError(error, 'version_conflict');
  if (!conflict && !isApiError(error, 'wrong_state')) return null;

  async function reload() {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  }

  return (
    <div
      role="alert"
      className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <p className="min-w-0 flex-1">
        {conflict
          ? t('change.conflict', {
              name: error.problem.current?.updatedBy?.name ?? t('change.someone'),
            })
          : t('change.wrongState')}
      </p>
      <Button size="sm" variant="secondary" busy={reloading} onClick={() => void reload()}>
        {t('change.reload')}
      </Button>
    </div>
  );
}
