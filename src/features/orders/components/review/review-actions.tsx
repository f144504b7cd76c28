import { useEffect, type MutableRefObject } from 'react';
import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { Button, type ButtonVariant } from '@/components/button';
import { Kbd } from '@/components/kbd';
import { shortcutKeyOf, type ReviewCommand } from '../../lib/review-keys';
import { useOrderActions } from '../actions';

/** The actions the queue's keys reach; the page holds them while an order is shown. */
export type ReviewActionHandlers = Partial<Record<ReviewCommand, () => void>>;

type ActionCommand = 'approve' | 'hold' | 'reject' | 'editAddress' | 'tags';

const BUTTONS: readonly { command: ActionCommand; variant: ButtonVariant; dialog: boolean }[] = [
  { command: 'approve', variant: 'primary', dialog: false },
  { command: 'hold', variant: 'secondary', dialog: true },
  { command: 'reject', variant: 'secondary', dialog: true },
  { command: 'editAddress', variant: 'secondary', dialog: true },
  { command: 'tags', variant: 'secondary', dialog: true },
];

/**
 * A button per review action, each naming its key, and the same actions handed to the page's
 * shortcuts through `handlersRef`. Only what the domain allows this user on this order now.
 */
export function ReviewActions({
  order,
  handlersRef,
}: {
  order: Order;
  handlersRef: MutableRefObject<ReviewActionHandlers | null>;
}) {
  const { t } = useTranslation('review');
  // The queue announces each outcome in its own live region; a toast would say it twice.
  const actions = useOrderActions(order, { toastTransitions: false });
  const { available, pending } = actions;
  const run: Record<ActionCommand, { allowed: boolean; call: () => void }> = {
    approve: { allowed: available.approve, call: actions.approve },
    hold: { allowed: available.hold, call: actions.hold },
    reject: { allowed: available.reject, call: actions.reject },
    editAddress: { allowed: available.editAddress, call: actions.editAddress },
    tags: { allowed: available.tags, call: actions.editTags },
  };

  // The keys reach the newest functions (they close over the order's current version).
  useEffect(() => {
    const handlers: ReviewActionHandlers = {};
    for (const { command } of BUTTONS) {
      const action = run[command];
      if (action.allowed && !pending) handlers[command] = action.call;
    }
    handlersRef.current = handlers;
    return () => {
      handlersRef.current = null;
    };
  });

  const shown = BUTTONS.filter(({ command }) => run[command].allowed);
  return (
    <div
      role="group"
      aria-label={t('detail.actions')}
      className="flex flex-wrap items-center gap-2"
    >
      {shown.map(({ command, variant, dialog }) => {
        const key = shortcutKeyOf(command);
        return (
          <Button
            key={command}
            variant={variant}
            onClick={run[command].call}
            disabled={pending}
            aria-keyshortcuts={key}
            {...(dialog ? { 'aria-haspopup': 'dialog' as const } : {})}
          >
            {t(`button.${command}`)}
            {/* The key is announced through aria-keyshortcuts; read aloud it would join the name. */}
            <span aria-hidden="true">
              <Kbd
                className={
                  variant === 'primary' ? 'border-white/40 bg-white/10 text-white' : undefined
                }
              >
                {key.toUpperCase()}
              </Kbd>
            </span>
          </Button>
        );
      })}
      {actions.dialogs}
    </div>
  );
}
