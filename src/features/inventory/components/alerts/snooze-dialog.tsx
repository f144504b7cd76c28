import { useTranslation } from '@/i18n';
import type { StockAlert } from '@/api/contract/inventory';
import { Dialog } from '@/components/dialog';
import { SnoozeForm } from './snooze-form';

export interface SnoozeDialogProps {
  /** Null: closed. */
  alert: StockAlert | null;
  timeZone: string;
  onClose: () => void;
}

export function SnoozeDialog({ alert, timeZone, onClose }: SnoozeDialogProps) {
  const { t } = useTranslation('stock-alerts');
  return (
    <Dialog
      open={alert !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      size="md"
      title={t('snooze.title')}
      description={
        alert
          ? t('snooze.subject', {
              sku: alert.sku,
              product: alert.productName,
              location: alert.locationName,
            })
          : undefined
      }
    >
      {alert && (
        // A new form per alert: each opening starts from tomorrow and no leftover error.
        <SnoozeForm
          key={alert.id}
          alert={alert}
          timeZone={timeZone}
          onDone={onClose}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}
