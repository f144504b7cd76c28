import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n';
import type { OrderFilterQuery, OrderSummary } from '@/api/contract/orders';
import type { StatusTab } from '@/domain/order/status';
import type { RowSelection } from '@/components/table';
import {
  emptySelection,
  isSelected,
  pageSelectionState,
  selectAllMatching,
  selectedCount,
  toBulkSelection,
  togglePage,
  toggleRow,
} from '../../lib/selection';
import { useOrderSelectionStore } from '../../lib/selection-store';

/**
 * The list's selection for the current filter: what the table's checkboxes, the selection bar and
 * the bulk request need. A new filter empties it, and says so.
 */
export function useListSelection(filterKey: string, items: readonly OrderSummary[], total: number) {
  const { t } = useTranslation('orders');
  const stored = useOrderSelectionStore((s) => s.selection);
  const set = useOrderSelectionStore((s) => s.set);
  const reset = useOrderSelectionStore((s) => s.reset);
  const [clearedNotice, setClearedNotice] = useState(false);

  const belongs = stored.filterKey === filterKey;
  const current = useMemo(
    () => (belongs ? stored : emptySelection(filterKey)),
    [belongs, stored, filterKey],
  );

  useEffect(() => {
    if (belongs) return;
    const hadSome = stored.filterKey !== '' && (stored.all || stored.ids.size > 0);
    reset(filterKey);
    setClearedNotice(hadSome);
  }, [belongs, stored, filterKey, reset]);

  const pageIds = useMemo(() => items.map((order) => order.id), [items]);

  const tableProps = useMemo<RowSelection<OrderSummary>>(() => {
    const change = (next: typeof current) => {
      setClearedNotice(false);
      set(next);
    };
    return {
      isSelected: (id) => isSelected(current, id),
      onToggle: (id, range) => change(toggleRow(current, id, pageIds, range)),
      page: pageIds.length === 0 ? 'none' : pageSelectionState(current, pageIds),
      onTogglePage: () => change(togglePage(current, pageIds)),
      rowLabel: (order) => t('selection.row', { number: order.number }),
      pageLabel: t('selection.page'),
    };
  }, [current, pageIds, set, t]);

  return {
    current,
    count: selectedCount(current, total),
    clearedNotice,
    tableProps,
    selectAll: () => set(selectAllMatching(current)),
    clear: () => set(emptySelection(filterKey)),
    toBulk: (filter: OrderFilterQuery, status: StatusTab) =>
      toBulkSelection(current, filter, status),
  };
}
