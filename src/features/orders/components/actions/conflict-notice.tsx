import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation, type TFunction } from '@/i18n';
import { isApiError } from '@/api/errors';
import { queryKeys } from '@/api/query-keys';
import { Button } from '@/components/button';
import { describeError } from '@/components/error-message';
import { toast } from '@/components/toast';
import { versionConflictOf } from '../../api/order-mutations';
import { useOrderFormatting } from '../../lib/use-order-formatting';

/**
 * True when a save was refused because the order moved on (someone else changed it, or its state
 * no longer allows the action): the answer is to reload, not to retry or overwrite.
 */
export function isOrderConflict(error: unknown): boolean {
  return versionConflictOf(error) !== null || isApiError(error, 'wrong_state');
}

/** Fetches the order again (and the lists that show it), so the user sees the other change. */
export function useReloadOrder(orderId: string) {
  const queryClient = useQueryClient();
  return async () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.orders.lists() });
    await queryClient.refetchQueries({ queryKey: queryKeys.orders.detail(orderId), exact: true });
  };
}

/**
 * Says why a save was refused when the order changed under the user, with a Reload button.
 * Nothing is overwritten, and the dialog it sits in keeps the user's input until they reload.
 * Renders nothing for any other error.
 */
export function ConflictNotice({
  error,
  orderId,
  timeZone,
  onReloaded,
}: {
  error: unknown;
  orderId: string;
  timeZone?: string;
  /** After the fresh order arrived: clear the error that showed this notice. */
  onReloaded?: () => void;
}) {
  const { t } = useTranslation('order-actions');
  const format = useOrderFormatting();
  const reloadOrder = useReloadOrder(orderId);
  const [reloading, setReloading] = useState(false);
  const conflict = versionConflictOf(error);
  if (!conflict && !isApiError(error, 'wrong_state')) return null;

  async function reload() {
    setReloading(true);
    try {
      await reloadOrder();
      onReloaded?.();
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
          ? t('conflict.changedBy', {
              name: conflict.updatedBy?.name ?? t('conflict.someone'),
              time: format.dateTime(conflict.updatedAt, timeZone, 'datetime-seconds'),
            })
          : t('conflict.wrongState')}
      </p>
      <Button size="sm" variant="secondary" busy={reloading} onClick={() => void reload()}>
        {t('conflict.reload')}
      </Button>
    </div>
  );
}

/**
 * Reports a failed save that is not a conflict (conflicts are shown by ConflictNotice): a toast
 * with the problem in the user's language, and Retry when trying again could help.
 */
export function toastSaveError(t: TFunction, error: unknown, retry?: () => void): void {
  const canRetry =
    retry !== undefined &&
    !isApiError(error, 'forbidden') &&
    !isApiError(error, 'out_of_scope') &&
    !isApiError(error, 'validation') &&
    !isApiError(error, 'not_found');
  toast.error(
    t('order-actions:saveFailed', { reason: describeError(t, error) }),
    canRetry ? { action: { label: t('common:actions.retry'), onClick: retry } } : {},
  );
}
