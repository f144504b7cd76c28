import { useState, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import { Button } from './button';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: string;
  /** Runs on confirm; the dialog shows progress and closes itself when the promise settles without throwing. */
  onConfirm: () => Promise<void> | void;
  tone?: 'primary' | 'danger';
}

/** Asks before a consequential action. Focus starts on Cancel, so Enter never confirms by accident. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  onConfirm,
  tone = 'primary',
}: ConfirmDialogProps) {
  const { t } = useTranslation('common');
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
      onOpenChange(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!busy) onOpenChange(next);
      }}
      role="alertdialog"
      size="sm"
      title={title}
      description={description}
      footer={
        <>
          <Button
            variant="secondary"
            onClick={() => onOpenChange(false)}
            disabled={busy}
            data-autofocus
          >
            {t('actions.cancel')}
          </Button>
          <Button variant={tone} onClick={() => void confirm()} busy={busy}>
            {confirmLabel}
          </Button>
        </>
      }
      onOpenAutoFocus={(event) => {
        const content = event.currentTarget;
        if (content instanceof HTMLElement) {
          const cancel = content.querySelector<HTMLElement>('[data-autofocus]');
          if (cancel) {
            event.preventDefault();
            cancel.focus();
          }
        }
      }}
    />
  );
}
