import { Fragment, useId, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import type { StockLevel } from '@/api/contract/inventory';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { stockLevelOptions } from '../../api/stock-level';
import { focusMarkedField, stockLevelLabel } from './stock-figures';

interface StockFormDialogProps {
  /** The level the form changes; null: the dialog is closed. */
  level: StockLevel | null;
  locationName: string;
  title: string;
  saveLabel: string;
  /** The form's save: the dialog cannot close while it runs, and closing forgets its answer. */
  save: { isPending: boolean; reset: () => void };
  onClose: () => void;
  /** The form, submitted by the footer's save button through `id`; it starts afresh for each level. */
  children: (form: { id: string; opened: StockLevel; onSaved: () => void }) => ReactNode;
}

/**
 * The frame of a dialog that saves one stock level: its name as the description, focus in the
 * field marked to fill first, cancel and save in the footer.
 */
export function StockFormDialog({
  level,
  locationName,
  title,
  saveLabel,
  save,
  onClose,
  children,
}: StockFormDialogProps) {
  const { t } = useTranslation('common');
  const formId = useId();
  const close = () => {
    if (save.isPending) return;
    save.reset();
    onClose();
  };

  return (
    <Dialog
      open={level !== null}
      onOpenChange={(next) => {
        if (!next) close();
      }}
      title={title}
      description={level ? stockLevelLabel(level, locationName) : undefined}
      onOpenAutoFocus={focusMarkedField}
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={save.isPending}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" form={formId} variant="primary" busy={save.isPending}>
            {saveLabel}
          </Button>
        </>
      }
    >
      {level && (
        <Fragment key={`${level.productId}@${level.locationId}`}>
          {children({
            id: formId,
            opened: level,
            onSaved: () => {
              save.reset();
              onClose();
            },
          })}
        </Fragment>
      )}
    </Dialog>
  );
}

/**
 * The level a form saves against: the one it opened with until `reload` reads it again from the
 * server (after a conflict or a refusal about the figures). `reload` answers whether it could.
 */
export function useReloadableLevel(opened: StockLevel) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(opened);
  const [reloading, setReloading] = useState(false);

  async function reload(): Promise<boolean> {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery(
        stockLevelOptions(backend, { locationId: base.locationId, productId: base.productId }),
      );
      setBase(fresh);
      return true;
    } catch {
      // The problem stays on screen; the person can try again or close.
      return false;
    } finally {
      setReloading(false);
    }
  }

  return { base, reloading, reload };
}
