import { useState } from 'react';

/**
 * How the order dialogs save: the dialog closes when the save succeeds and stays open with the
 * input kept when it fails (the caller reports why); while saving it cannot be closed.
 */
export function useClosingSubmit(onOpenChange: (open: boolean) => void, pending = false) {
  const [submitting, setSubmitting] = useState(false);
  const busy = pending || submitting;

  async function run(save: () => Promise<void> | void): Promise<void> {
    setSubmitting(true);
    try {
      await save();
      onOpenChange(false);
    } catch {
      // Reported by the caller, as a notice in the dialog or a toast.
    } finally {
      setSubmitting(false);
    }
  }

  const guardedOpenChange = (next: boolean) => {
    if (!busy) onOpenChange(next);
  };

  return { busy, run, guardedOpenChange };
}
