import { useCallback, useEffect, useState } from 'react';
import { useBackend } from '@/api/backend-context';
import { WAYBILL_CHUNK_LIMIT, type WaybillItem } from '@/api/contract/fulfilment';
import type { WaybillProblem } from '@/domain/waybill/verdict';
import { checkOnServer } from '../server-check';
import type { UserStore } from './user-store';
import type { ImportDraftState } from './draft';
import { contentKey, type PreviewRow, type RemoteAnswer } from './rows';

/** Edits come in bursts (a paste, a row fixed by hand): ask once they settle. */
const SETTLE_MS = 150;

/** The contract's limits on a row; a longer cell cannot be an order number or a waybill anyway. */
const MAX_ORDER_NUMBER = 64;
const MAX_WAYBILL = 200;

export function itemOf(row: PreviewRow): WaybillItem {
  return { orderNumber: row.orderNumber.trim(), waybill: row.waybill, carrier: row.carrier };
}

function oversizeProblems(row: PreviewRow): WaybillProblem[] | null {
  if (row.orderNumber.trim().length > MAX_ORDER_NUMBER) return ['order_unknown'];
  if (row.waybill.length > MAX_WAYBILL) return ['wrong_format'];
  return null;
}

/**
 * Asks the backend about every row it has not answered for (new or edited rows), a chunk at a
 * time, and once more about every row of a draft restored from storage, since orders may have
 * shipped or been held since. Answers for rows edited meanwhile are dropped and asked again.
 */
export function useServerChecks(store: UserStore<ImportDraftState>): {
  failed: boolean;
  retry: () => void;
} {
  const backend = useBackend();
  const [failed, setFailed] = useState(false);
  // Mutated by the checks as they go: rows of the restored draft not yet asked about again.
  const [restoredIds] = useState(() => new Set(store.getState().rows.map((row) => row.id)));

  useEffect(() => {
    if (failed) return;
    const controller = new AbortController();
    const due = restoredIds;
    let running = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const pump = async () => {
      if (running) return;
      running = true;
      try {
        for (;;) {
          const pending = store
            .getState()
            .rows.filter((row) => row.remote === null || due.has(row.id))
            .slice(0, WAYBILL_CHUNK_LIMIT);
          if (pending.length === 0) break;
          const answers: RemoteAnswer[] = [];
          const sent: PreviewRow[] = [];
          for (const row of pending) {
            due.delete(row.id);
            const problems = oversizeProblems(row);
            if (problems) {
              answers.push({
                id: row.id,
                key: contentKey(row),
                result: { problems, allocatedCarrier: null },
              });
            } else sent.push(row);
          }
          if (sent.length > 0) {
            const results = await checkOnServer(backend, sent.map(itemOf), controller.signal);
            sent.forEach((row, index) => {
              const result = results[index];
              if (!result) throw new Error('the check answered fewer rows than were sent');
              answers.push({ id: row.id, key: contentKey(row), result });
            });
          }
          if (controller.signal.aborted) return;
          store.getState().answered(answers);
        }
      } catch {
        if (!controller.signal.aborted) setFailed(true);
      } finally {
        running = false;
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void pump(), SETTLE_MS);
    };
    schedule();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.rows !== previous.rows) schedule();
    });
    return () => {
      controller.abort();
      unsubscribe();
      clearTimeout(timer);
    };
  }, [backend, store, failed, restoredIds]);

  const retry = useCallback(() => setFailed(false), []);
  return { failed, retry };
}
