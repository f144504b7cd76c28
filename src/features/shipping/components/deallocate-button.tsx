import { useState } from 'react';
import { useTranslation } from '@/i18n';
import type { OrderSummary } from '@/api/contract/orders';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { describeError } from '@/components/error-message';
import { toast } from '@/components/toast';
import { useDeallocateOrder } from '../api/allocation';

/** "Deallocate" on a queue row: asks first, then returns the order to 待配货 and releases its stock. */
export function DeallocateButton({ order }: { order: OrderSummary }) {
  const { t } = useTranslation('shipping');
  const [open, setOpen] = useState(false);
  const deallocate = useDeallocateOrder();

  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        aria-label={t('deallocate.action', { number: order.number })}
        onClick={() => setOpen(true)}
      >
        {t('deallocate.short')}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        tone="danger"
        title={t('deallocate.title', { number: order.number })}
        description={t('deallocate.description')}
        confirmLabel={t('deallocate.confirm')}
        onConfirm={async () => {
          try {
            await deallocate.mutateAsync({ orderId: order.id, version: order.version });
            toast.success(t('deallocate.done', { number: order.number }));
          } catch (error) {
            toast.error(describeError(t, error));
          }
        }}
      />
    </>
  );
}
