import { useTranslation } from '@/i18n';
import type { StockAlert } from '@/api/contract/inventory';
import { Button } from '@/components/button';
import { toast } from '@/components/toast';
import { formatNumber } from '@/lib/format';
import { useAcknowledgeAlerts } from '../../api/alerts-mutations';
import { describeAlertProblem } from './alert-problem';

interface AlertBulkBarProps {
  selected: readonly StockAlert[];
  timeZone: string;
  onDone: () => void;
  onClear: () => void;
}

/** Acknowledges the ticked alerts and tells how many went through and, if any did not, why. */
export function AlertBulkBar({ selected, timeZone, onDone, onClear }: AlertBulkBarProps) {
  const { t, i18n } = useTranslation('stock-alerts');
  const acknowledge = useAcknowledgeAlerts();
  const locale = i18n.language;
  const count = selected.length;

  function acknowledgeSelected() {
    acknowledge.mutate(selected, {
      onSuccess: (answers) => {
        const failures = answers.filter((answer) => answer.status === 'rejected');
        const done = answers.length - failures.length;
        const [firstFailure] = failures;
        if (!firstFailure) {
          toast.success(t('bulk.done', { count: done, n: formatNumber(done, locale) }));
        } else {
          toast.error(
            t('bulk.partial', {
              done: formatNumber(done, locale),
              failed: formatNumber(failures.length, locale),
              reason: describeAlertProblem(t, firstFailure.reason, timeZone, locale),
            }),
          );
        }
        onDone();
      },
    });
  }

  if (count === 0) return null;
  return (
    <div
      role="region"
      aria-label={t('bulk.selected', { count, n: formatNumber(count, locale) })}
      className="flex items-center gap-3 rounded-md border border-accent-200 bg-accent-50 px-3 py-2 text-sm"
    >
      <span className="font-medium text-accent-800">
        {t('bulk.selected', { count, n: formatNumber(count, locale) })}
      </span>
      <Button
        size="sm"
        variant="primary"
        busy={acknowledge.isPending}
        onClick={acknowledgeSelected}
      >
        {t('bulk.acknowledge')}
      </Button>
      <Button size="sm" variant="ghost" onClick={onClear} disabled={acknowledge.isPending}>
        {t('bulk.clear')}
      </Button>
    </div>
  );
}
