import { useState } from 'react';
import { useTranslation } from '@/i18n';
import type { BulkOperation, BulkResult, BulkSelection } from '@/api/contract/order-commands';
import { NetworkError } from '@/api/errors';
import { describeError } from '@/components/error-message';
import { toast } from '@/components/toast';
import { useBulkOrders } from '../../api/order-mutations';

export interface BulkOutcome {
  operation: BulkOperation;
  result: BulkResult;
}

/**
 * Sends one bulk action. Each user action gets its own idempotency key; when the answer is lost on
 * the network the same request goes again with the same key, so the backend applies it once.
 */
export function useBulkRun(onFinished: () => void) {
  const { t } = useTranslation('orders');
  const bulk = useBulkOrders();
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);

  /** Resolves true when the backend answered per order; false (with a toast) when it refused. */
  async function run(operation: BulkOperation, selection: BulkSelection): Promise<boolean> {
    const request = { selection, operation };
    const idempotencyKey = crypto.randomUUID();
    try {
      let result: BulkResult;
      try {
        result = await bulk.mutateAsync({ request, idempotencyKey });
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        result = await bulk.mutateAsync({ request, idempotencyKey });
      }
      setOutcome({ operation, result });
      onFinished();
      return true;
    } catch (error) {
      toast.error(t('bulk.failed', { reason: describeError(t, error) }));
      return false;
    }
  }

  return { run, pending: bulk.isPending, outcome, dismiss: () => setOutcome(null) };
}
