import { useEffect, useState } from 'react';
import { useBackend } from '@/api/backend-context';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useTranslation } from '@/i18n';
import { enteredCount, type DraftStore } from './draft-store';
import { checkOnServer } from './server-check';

/** Orders in these states will never ship from this draft. */
const GONE = new Set(['order_shipped', 'order_cancelled']);

/**
 * Says a draft was restored (and how many rows it holds), drops rows whose orders shipped or were
 * cancelled in the meantime with a note, and offers to discard the draft after a confirmation.
 */
export function DraftNotice({
  store,
  onDiscarded,
  onDismissed,
}: {
  store: DraftStore;
  onDiscarded: () => void;
  /** The notice was closed (read, or the draft discarded). */
  onDismissed: () => void;
}) {
  const { t } = useTranslation('waybills');
  const backend = useBackend();
  const [restored] = useState(() => enteredCount(store.getState().entries));
  const [dropped, setDropped] = useState<string[]>([]);
  const [visible, setVisible] = useState(restored > 0);

  useEffect(() => {
    if (restored === 0) return;
    const controller = new AbortController();
    const entries = Object.entries(store.getState().entries).filter(([, e]) => e.waybill.trim());
    const items = entries.map(([orderNumber, entry]) => ({
      orderNumber,
      waybill: entry.waybill,
      carrier: entry.carrier,
    }));
    checkOnServer(backend, items, controller.signal)
      .then((results) => {
        const gone = results
          .filter((result) => result.problems.some((problem) => GONE.has(problem)))
          .map((result) => result.orderNumber);
        if (gone.length === 0) return;
        store.getState().remove(gone);
        setDropped(gone);
      })
      .catch(() => {
        // Without an answer the rows stay; the commit refuses any that can no longer ship.
      });
    return () => controller.abort();
  }, [backend, restored, store]);

  if (!visible) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900"
    >
      <span className="font-medium">{t('draft.restored', { count: restored })}</span>
      {dropped.length > 0 && (
        <span>{t('draft.dropped', { count: dropped.length, numbers: dropped.join('、') })}</span>
      )}
      <span className="ml-auto flex gap-2">
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            setVisible(false);
            onDismissed();
          }}
        >
          {t('draft.keep')}
        </Button>
        <DiscardDraftButton
          store={store}
          onDiscarded={() => {
            setVisible(false);
            onDismissed();
            onDiscarded();
          }}
        />
      </span>
    </div>
  );
}

/** Throws away everything entered, after asking. */
export function DiscardDraftButton({
  store,
  onDiscarded,
  tone = 'danger',
}: {
  store: DraftStore;
  onDiscarded: () => void;
  tone?: 'danger' | 'secondary';
}) {
  const { t } = useTranslation('waybills');
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button size="sm" variant={tone} onClick={() => setConfirming(true)}>
        {t('draft.discard')}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('draft.discardTitle')}
        description={t('draft.discardBody', { count: enteredCount(store.getState().entries) })}
        confirmLabel={t('draft.discard')}
        tone="danger"
        onConfirm={() => {
          store.getState().discard();
          onDiscarded();
        }}
      />
    </>
  );
}
