import { useState, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import type { OrderTransition } from '@/api/contract/order-commands';
import { useCurrentUser } from '@/api/session-store';
import { canEditAddress } from '@/domain/address';
import { availableActions } from '@/domain/order/status';
import { Dialog } from '@/components/dialog';
import { Button } from '@/components/button';
import { toast } from '@/components/toast';
import { useChangeOrderTags, useTransitionOrder } from '../../api/order-mutations';
import { AddressDialog } from './address-dialog';
import { ConflictNotice, isOrderConflict, toastSaveError } from './conflict-notice';
import { ReasonDialog, type ReasonKind, type ReasonValues } from './reason-dialog';
import { TagPickerDialog, type TagChangeSet } from './tag-picker';

export interface OrderActions {
  available: {
    approve: boolean;
    hold: boolean;
    release: boolean;
    reject: boolean;
    cancel: boolean;
    editAddress: boolean;
    tags: boolean;
  };
  approve(): void;
  hold(): void;
  release(): void;
  reject(): void;
  cancel(): void;
  editAddress(): void;
  editTags(): void;
  /** Render once next to the buttons or shortcuts that call the functions above. */
  dialogs: ReactNode;
  /** A change is being saved; callers may disable their triggers. */
  pending: boolean;
}

type OpenDialog = ReasonKind | 'address' | 'tags' | 'conflict' | null;

/**
 * What a person may do with an order now, by the domain's rules for their role and its state,
 * and the dialogs that ask what is needed. Approve and release run at once; the rest ask first.
 * A refused save never overwrites: a conflict says who changed the order and offers to reload.
 */
export function useOrderActions(
  order: Order,
  /** Off where the page announces a status change itself (the review queue's live region). */
  { toastTransitions = true }: { toastTransitions?: boolean } = {},
): OrderActions {
  const { t } = useTranslation('order-actions');
  const user = useCurrentUser();
  const transition = useTransitionOrder(order.id);
  const changeTags = useChangeOrderTags(order.id);
  const [open, setOpen] = useState<OpenDialog>(null);
  const allowed = user ? availableActions(order.status, user.role) : [];
  const available = {
    approve: allowed.includes('approve'),
    hold: allowed.includes('hold'),
    release: allowed.includes('release'),
    reject: allowed.includes('reject'),
    cancel: allowed.includes('cancel'),
    editAddress: user !== null && canEditAddress(order.status),
    tags: user !== null,
  };
  const pending = transition.isPending || changeTags.isPending;

  // Once a reload shows the order where the open dialog's action no longer applies, it goes away.
  const stale =
    (open === 'hold' || open === 'reject' || open === 'cancel') && !available[open]
      ? true
      : open === 'address' && !available.editAddress;
  if (stale && !pending) setOpen(null);

  /** Saves a transition; conflicts are shown where the user is looking, other failures as a toast. */
  async function send(body: OrderTransition, inDialog: boolean): Promise<void> {
    try {
      await transition.mutateAsync(body);
      if (toastTransitions) toast.success(t(`${body.action}.done`, { number: order.number }));
    } catch (error) {
      if (isOrderConflict(error)) {
        if (!inDialog) setOpen('conflict');
      } else {
        toastSaveError(t, error, () => void send(body, inDialog).catch(() => undefined));
      }
      throw error;
    }
  }

  function runNow(action: 'approve' | 'release') {
    if (!available[action] || pending) return;
    transition.reset();
    void send({ action, version: order.version }, false).catch(() => undefined);
  }

  function openDialog(dialog: Exclude<OpenDialog, null | 'conflict'>, allowedNow: boolean) {
    if (!allowedNow || pending) return;
    transition.reset();
    changeTags.reset();
    setOpen(dialog);
  }

  function submitReason(kind: ReasonKind, values: ReasonValues) {
    const base = { version: order.version, note: values.note };
    if (kind === 'hold') {
      const reason = values.reason as Extract<OrderTransition, { action: 'hold' }>['reason'];
      return send({ ...base, action: 'hold', reason, until: values.until ?? null }, true);
    }
    const reason = values.reason as Extract<OrderTransition, { action: 'cancel' }>['reason'];
    return send({ ...base, action: kind, reason }, true);
  }

  async function applyTags(change: TagChangeSet) {
    try {
      await changeTags.mutateAsync(change);
      toast.success(t('tags.done'));
    } catch (error) {
      toastSaveError(t, error);
      throw error;
    }
  }

  const closeDialog = (next: boolean) => {
    if (!next) setOpen(null);
  };
  const notice = (
    <ConflictNotice
      error={transition.error}
      orderId={order.id}
      timeZone={order.timeZone}
      onReloaded={() => transition.reset()}
    />
  );

  const dialogs = (
    <>
      {(['hold', 'reject', 'cancel'] as const).map((kind) => (
        <ReasonDialog
          key={kind}
          kind={kind}
          open={open === kind}
          onOpenChange={closeDialog}
          onSubmit={(values) => submitReason(kind, values)}
          pending={open === kind && transition.isPending}
          holdUntilTimeZone={order.timeZone}
          notice={open === kind ? notice : null}
        />
      ))}
      {available.editAddress || open === 'address' ? (
        <AddressDialog order={order} open={open === 'address'} onOpenChange={closeDialog} />
      ) : null}
      <TagPickerDialog
        open={open === 'tags'}
        onOpenChange={closeDialog}
        title={t('tags.title', { number: order.number })}
        initiallySelected={order.tagIds}
        mode="set"
        onApply={applyTags}
        pending={changeTags.isPending}
      />
      <Dialog
        open={open === 'conflict'}
        onOpenChange={closeDialog}
        role="alertdialog"
        size="sm"
        title={t('conflict.title')}
        footer={
          <Button variant="secondary" onClick={() => setOpen(null)}>
            {t('common:actions.close')}
          </Button>
        }
      >
        <ConflictNotice
          error={transition.error}
          orderId={order.id}
          timeZone={order.timeZone}
          onReloaded={() => {
            transition.reset();
            setOpen(null);
          }}
        />
      </Dialog>
    </>
  );

  return {
    available,
    approve: () => runNow('approve'),
    release: () => runNow('release'),
    hold: () => openDialog('hold', available.hold),
    reject: () => openDialog('reject', available.reject),
    cancel: () => openDialog('cancel', available.cancel),
    editAddress: () => openDialog('address', available.editAddress),
    editTags: () => openDialog('tags', available.tags),
    dialogs,
    pending,
  };
}
