import { useTranslation } from '@/i18n';
import type { StockChange, StockLevel } from '@/api/contract/inventory';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useStockChanges } from '../../api/stock-level';
import type { StockDialogProps } from './adjust-stock-dialog';
import { stockLevelLabel } from './stock-figures';

/** 变更记录: who changed this level's thresholds or corrected its on hand, and when (in the location's time). */
export function StockChangesDialog({ level, locationName, timeZone, onClose }: StockDialogProps) {
  const { t } = useTranslation('inventory');
  return (
    <Dialog
      open={level !== null}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      size="lg"
      title={t('changes.title')}
      description={level ? stockLevelLabel(level, locationName) : undefined}
      footer={<Button onClick={onClose}>{t('common:actions.close')}</Button>}
    >
      {level && (
        <ChangeList
          key={`${level.productId}@${level.locationId}`}
          level={level}
          timeZone={timeZone}
        />
      )}
    </Dialog>
  );
}

function ChangeList({ level, timeZone }: { level: StockLevel; timeZone: string }) {
  const { t } = useTranslation('inventory');
  const changes = useStockChanges({ locationId: level.locationId, productId: level.productId });
  if (changes.isPending) return <LoadingState />;
  if (changes.isError)
    return <ErrorState error={changes.error} onRetry={() => void changes.refetch()} />;
  if (changes.data.length === 0) return <EmptyState title={t('changes.empty')} />;
  return (
    <ol className="flex max-h-[60vh] flex-col divide-y divide-slate-100 overflow-y-auto">
      {changes.data.map((change) => (
        <ChangeEntry key={change.id} change={change} timeZone={timeZone} />
      ))}
    </ol>
  );
}

function ChangeEntry({ change, timeZone }: { change: StockChange; timeZone: string }) {
  const { t, i18n } = useTranslation('inventory');
  const locale = i18n.language;
  const what =
    change.kind === 'adjustment' && change.reason
      ? t(`reason.${change.reason}`)
      : change.category
        ? t('changes.categoryThresholds', { category: change.category })
        : t('changes.thresholds');
  return (
    <li className="flex flex-col gap-1 py-2.5 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5">
        <span className="font-medium text-slate-900">{what}</span>
        <span className="text-slate-700">{change.actor?.name ?? t('changes.system')}</span>
        <time dateTime={change.at} className="text-xs text-slate-600 tabular-nums">
          {formatDateTime(change.at, timeZone, locale)}
        </time>
      </div>
      <ul className="flex flex-wrap gap-x-4 text-slate-800">
        {change.changes.map((field) => (
          <li key={field.field} className="tabular-nums">
            {t('changes.fieldChange', {
              field: t(`changes.field.${field.field}`),
              from: formatNumber(field.from, locale),
              to: formatNumber(field.to, locale),
            })}
          </li>
        ))}
      </ul>
      {change.note && <p className="text-slate-600">{t('changes.note', { note: change.note })}</p>}
    </li>
  );
}
