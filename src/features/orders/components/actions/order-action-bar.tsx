import { useEffect, useRef } from 'react';
import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { Button } from '@/components/button';
import { useOrderActions } from './use-order-actions';

/** The order's actions as buttons: only those the domain allows this user on this order now. */
export function OrderActionBar({ order }: { order: Order }) {
  const { t } = useTranslation('order-actions');
  const actions = useOrderActions(order);
  const { available, pending } = actions;
  const dialogTrigger = { 'aria-haspopup': 'dialog' as const };
  const group = useRef<HTMLDivElement>(null);

  // The button just used may vanish with the new status (Approve, Release): keyboard users would
  // be dropped at the top of the page, so focus stays in the bar.
  useEffect(() => {
    if (document.activeElement === document.body)
      group.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
  }, [order.status]);

  return (
    <div
      ref={group}
      role="group"
      aria-label={t('bar.label')}
      className="flex flex-wrap items-center gap-2"
    >
      {available.approve && (
        <Button variant="primary" onClick={actions.approve} disabled={pending}>
          {t('approve.action')}
        </Button>
      )}
      {available.release && (
        <Button variant="primary" onClick={actions.release} disabled={pending}>
          {t('release.action')}
        </Button>
      )}
      {available.hold && (
        <Button onClick={actions.hold} disabled={pending} {...dialogTrigger}>
          {t('hold.action')}
        </Button>
      )}
      {available.reject && (
        <Button onClick={actions.reject} disabled={pending} {...dialogTrigger}>
          {t('reject.action')}
        </Button>
      )}
      {available.editAddress && (
        <Button onClick={actions.editAddress} disabled={pending} {...dialogTrigger}>
          {t('address.action')}
        </Button>
      )}
      {available.tags && (
        <Button onClick={actions.editTags} disabled={pending} {...dialogTrigger}>
          {t('tags.action')}
        </Button>
      )}
      {available.cancel && (
        <Button variant="ghost" onClick={actions.cancel} disabled={pending} {...dialogTrigger}>
          {t('cancel.action')}
        </Button>
      )}
      {actions.dialogs}
    </div>
  );
}
