import { useState } from 'react';
import { useTranslation } from '@/i18n';
import type { AllocationCandidate, BulkAllocationRequest } from '@/api/contract/fulfilment';
import type { BulkResult } from '@/api/contract/order-commands';
import { NetworkError } from '@/api/errors';
import { describeError } from '@/components/error-message';
import { toast } from '@/components/toast';
import { formatNumber } from '@/lib/format';
import { useAllocateOrders } from '../../api/allocation';

type BulkItem = BulkAllocationRequest['items'][number];

export interface AllocatedOrder {
  orderId: string;
  locationId: string;
  locationName: string;
}

export interface BulkAllocationOutcome {
  /** What was sent, so the failed orders can be sent again as they were. */
  items: readonly BulkItem[];
  result: BulkResult;
}

/** The suggestion of a row as a bulk item; null when no location can fulfil the order. */
export function acceptedItem(candidate: AllocationCandidate): BulkItem | null {
  const { suggestion } = candidate;
  if (!suggestion) return null;
  return {
    orderId: candidate.order.id,
    version: candidate.order.version,
    locationId: suggestion.locationId,
    carrier: suggestion.carrier,
  };
}

/**
 * Sends one bulk allocation. Each user action gets its own idempotency key; when the answer is
 * lost on the network the same request goes again with the same key, so nothing is reserved twice.
 */
export function useBulkAllocation({
  onAllocated,
  locationNames,
}: {
  /** The orders that were allocated, with where to. */
  onAllocated: (orders: AllocatedOrder[]) => void;
  locationNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation('allocation');
  const bulk = useAllocateOrders();
  const [outcome, setOutcome] = useState<BulkAllocationOutcome | null>(null);

  async function run(items: readonly BulkItem[]): Promise<boolean> {
    if (items.length === 0) return false;
    const request = { items: [...items] };
    const idempotencyKey = crypto.randomUUID();
    try {
      let result: BulkResult;
      try {
        result = await bulk.mutateAsync({ request, idempotencyKey });
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        result = await bulk.mutateAsync({ request, idempotencyKey });
      }
      const byId = new Map(items.map((item) => [item.orderId, item]));
      const allocated = result.results.flatMap((entry) => {
        const item = byId.get(entry.orderId);
        return entry.ok && item
          ? [
              {
                orderId: item.orderId,
                locationId: item.locationId,
                locationName: locationNames.get(item.locationId) ?? item.locationId,
              },
            ]
          : [];
      });
      onAllocated(allocated);
      const locale = i18n.language;
      if (result.failed === 0)
        toast.success(
          t('bulk.done', { count: result.succeeded, n: formatNumber(result.succeeded, locale) }),
        );
      setOutcome(result.failed > 0 ? { items, result } : null);
      return true;
    } catch (error) {
      toast.error(t('bulk.refused', { reason: describeError(t, error) }));
      return false;
    }
  }

  return {
    run,
    pending: bulk.isPending,
    outcome,
    dismiss: () => setOutcome(null),
    /** The failed orders again, each with its newest version when the list has it. */
    retryFailed: (
      failedIds: readonly string[],
      latest: ReadonlyMap<string, AllocationCandidate>,
    ) => {
      if (!outcome) return;
      const failed = new Set(failedIds);
      const items = outcome.items
        .filter((item) => failed.has(item.orderId))
        .map((item) => ({
          ...item,
          version: latest.get(item.orderId)?.order.version ?? item.version,
        }));
      void run(items);
    },
  };
}
