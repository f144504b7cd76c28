import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { CANCEL_REASONS, HOLD_REASONS } from '@/domain/order/status';
import { BULK_LIMIT, type BulkOperation, type BulkSelection } from '@/api/contract/order-commands';
import type { OrderListQuery } from '@/api/contract/orders';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { formatNumber } from '@/lib/format';
import type { ReasonValues } from '../actions/reason-dialog';
import {
  LazyBulkResultsDialog,
  LazyExportDialog,
  LazyReasonDialog,
  LazyTagPickerDialog,
} from '../lazy';
import { useBulkRun } from './use-bulk-run';

type BulkDialog = 'approve' | 'hold' | 'cancel' | 'tags' | 'export' | null;

interface SelectionBarProps {
  /** How many orders are selected, across pages. */
  count: number;
  /** How many orders match the filter. */
  total: number;
  /** "All matching" is chosen: the backend resolves the orders from the filter. */
  allMatching: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  /** What the bulk request applies to, built when the action is sent. */
  bulkSelection: () => BulkSelection;
  /** The list's query, for exporting everything matching. */
  exportQuery: OrderListQuery;
}

/**
 * "12 selected · Select all 3,456 matching · Clear", and the bulk actions. After an action the
 * per-order results show in a dialog, where the failed ones can be retried alone.
 */
export function SelectionBar({
  count,
  total,
  allMatching,
  onSelectAll,
  onClear,
  bulkSelection,
  exportQuery,
}: SelectionBarProps) {
  const { t, i18n } = useTranslation('orders');
  const locale = i18n.language;
  const [dialog, setDialog] = useState<BulkDialog>(null);
  const bulk = useBulkRun(onClear);
  const tooMany = count > BULK_LIMIT;

  const send = async (operation: BulkOperation) => {
    const ok = await bulk.run(operation, bulkSelection());
    // A refused request keeps its dialog open with what was typed (the dialogs stay open on a throw).
    if (!ok) throw new Error('bulk request refused');
  };
  const onHold = (values: ReasonValues) => {
    const reason = HOLD_REASONS.find((r) => r === values.reason);
    return reason ? send({ kind: 'hold', reason, note: values.note }) : undefined;
  };
  const onCancel = (values: ReasonValues) => {
    const reason = CANCEL_REASONS.find((r) => r === values.reason);
    return reason ? send({ kind: 'cancel', reason, note: values.note }) : undefined;
  };
  // The dialogs keep the count they opened with: the selection clears when the action is done.
  const [shownCount, setShownCount] = useState(count);
  const open = (next: Exclude<BulkDialog, null>) => {
    setShownCount(count);
    setDialog(next);
  };
  const close = () => setDialog(null);

  return (
    <>
      {count > 0 && (
        <section
          aria-label={t('selection.label')}
          className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-accent-200 bg-accent-50 px-3 py-1.5 text-sm"
        >
          <p aria-live="polite" className="font-medium text-accent-900">
            {allMatching && count === total
              ? t('selection.allSelected', { n: formatNumber(count, locale) })
              : t('selection.count', { n: formatNumber(count, locale) })}
          </p>
          {!allMatching && total > count && (
            <Button variant="ghost" size="sm" onClick={onSelectAll}>
              {t('selection.selectAll', { n: formatNumber(total, locale) })}
            </Button>
          )}
          <Button variant="ghost" size="sm" onClick={onClear}>
            {t('selection.clear')}
          </Button>
          <div role="group" aria-label={t('bulk.label')} className="ml-auto flex flex-wrap gap-1.5">
            <Button size="sm" disabled={tooMany} onClick={() => open('approve')}>
              {t('bulk.approve')}
            </Button>
            <Button size="sm" disabled={tooMany} onClick={() => open('hold')}>
              {t('bulk.hold')}
            </Button>
            <Button size="sm" disabled={tooMany} onClick={() => open('tags')}>
              {t('bulk.tags')}
            </Button>
            <Button size="sm" disabled={tooMany} onClick={() => open('cancel')}>
              {t('bulk.cancel')}
            </Button>
            {allMatching && (
              <Button size="sm" onClick={() => open('export')}>
                {t('bulk.export')}
              </Button>
            )}
          </div>
          {tooMany && (
            <p className="basis-full text-xs text-amber-800">
              {t('bulk.tooMany', { max: formatNumber(BULK_LIMIT, locale) })}
            </p>
          )}
        </section>
      )}
      <ConfirmDialog
        open={dialog === 'approve'}
        onOpenChange={(next) => (next ? open('approve') : close())}
        title={t('bulk.approveTitle', { n: formatNumber(shownCount, locale) })}
        description={t('bulk.approveDescription')}
        confirmLabel={t('bulk.approveConfirm', { n: formatNumber(shownCount, locale) })}
        onConfirm={async () => {
          await bulk.run({ kind: 'approve' }, bulkSelection());
        }}
      />
      <LazyReasonDialog
        kind="hold"
        count={shownCount}
        open={dialog === 'hold'}
        onOpenChange={(next) => (next ? open('hold') : close())}
        onSubmit={onHold}
        pending={bulk.pending}
      />
      <LazyReasonDialog
        kind="cancel"
        count={shownCount}
        open={dialog === 'cancel'}
        onOpenChange={(next) => (next ? open('cancel') : close())}
        onSubmit={onCancel}
        pending={bulk.pending}
      />
      <LazyTagPickerDialog
        open={dialog === 'tags'}
        onOpenChange={(next) => (next ? open('tags') : close())}
        title={t('bulk.tagsTitle', { n: formatNumber(shownCount, locale) })}
        initiallySelected={[]}
        mode="add-remove"
        onApply={(change) => send({ kind: 'tag', add: change.add, remove: change.remove })}
        pending={bulk.pending}
      />
      <LazyExportDialog
        open={dialog === 'export'}
        onOpenChange={(next) => (next ? open('export') : close())}
        query={exportQuery}
        total={shownCount}
      />
      <LazyBulkResultsDialog
        outcome={dialog === null ? bulk.outcome : null}
        onClose={bulk.dismiss}
        retrying={bulk.pending}
        onRetryFailed={(ids) => {
          if (bulk.outcome) void bulk.run(bulk.outcome.operation, { kind: 'ids', ids });
        }}
      />
    </>
  );
}
