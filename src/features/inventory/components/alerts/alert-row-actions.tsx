import { Link } from 'react-router';
import { useTranslation } from '@/i18n';
import type { StockAlert } from '@/api/contract/inventory';
import { Button, buttonClasses } from '@/components/button';
import { toast } from '@/components/toast';
import { useAcknowledgeAlert } from '../../api/alerts-mutations';
import { stockRowPath } from '../../lib/alert-links';
import { describeAlertProblem } from './alert-problem';

interface AlertRowActionsProps {
  alert: StockAlert;
  timeZone: string;
  onSnooze: (alert: StockAlert) => void;
  /** The header panel has no room for the stock link (it has "view all" instead). */
  withStockLink?: boolean;
}

/** Acknowledge, snooze and (in the list) the stock row; buttons name their alert for screen readers. */
export function AlertRowActions({
  alert,
  timeZone,
  onSnooze,
  withStockLink = true,
}: AlertRowActionsProps) {
  const { t, i18n } = useTranslation('stock-alerts');
  const acknowledge = useAcknowledgeAlert();
  const subject = { sku: alert.sku, location: alert.locationName };
  const live = alert.state !== 'cleared';

  function acknowledgeAlert() {
    // Awaited: with the list filtered to open alerts the row leaves before mutate's callbacks run.
    acknowledge.mutateAsync(alert).then(
      () => toast.success(t('actions.acknowledged', { sku: alert.sku })),
      (error: unknown) => toast.error(describeAlertProblem(t, error, timeZone, i18n.language)),
    );
  }

  return (
    <span className="flex items-center gap-1">
      {live && alert.state === 'acknowledged' && (
        // An invisible twin of the button keeps the other actions in line with the rows that offer it.
        <span aria-hidden="true" className={buttonClasses('secondary', 'sm', 'invisible')}>
          {t('actions.acknowledge')}
        </span>
      )}
      {live && alert.state !== 'acknowledged' && (
        <Button
          size="sm"
          variant="secondary"
          busy={acknowledge.isPending}
          aria-label={t('actions.acknowledgeLabel', subject)}
          onClick={acknowledgeAlert}
        >
          {t('actions.acknowledge')}
        </Button>
      )}
      {live && (
        <Button
          size="sm"
          variant="ghost"
          aria-label={t('actions.snoozeLabel', subject)}
          onClick={() => onSnooze(alert)}
        >
          {t('actions.snooze')}
        </Button>
      )}
      {withStockLink && (
        <Link
          to={stockRowPath(alert)}
          aria-label={t('actions.viewStockLabel', subject)}
          className={buttonClasses('ghost', 'sm', 'text-accent-700')}
        >
          {t('actions.viewStock')}
        </Link>
      )}
    </span>
  );
}
