import { useCallback, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useBackend } from '@/api/backend-context';
import type { WaybillItem } from '@/api/contract/fulfilment';
import { useCurrentUser } from '@/api/session-store';
import { checkWaybillNumber, checkWaybillRows } from '@/domain/waybill/check';
import { severityOf, type WaybillProblem } from '@/domain/waybill/verdict';
import { useWaybillCommit } from '../commit';
import { checkOnServer } from '../server-check';
import { beep, createDoubleTriggerGuard } from '../feedback';
import { classifyScan, orderStatusProblem } from './classify';
import { pairStoreFor, type PairLogEntry, type PendingOrder } from './pair-store';

/** What the big message says; `key` is in the waybill-import namespace. */
export interface PairMessage {
  tone: 'error' | 'ok' | 'info';
  key: string;
  params?: Record<string, string>;
  /** Said in words under the message (waybills:problem.<code>). */
  problems?: WaybillProblem[];
}

const isError = (problem: WaybillProblem) => severityOf(problem) === 'error';

/**
 * Warnings worth saying after a pair shipped. "No check digit" is true of most domestic carriers
 * and would be said after nearly every parcel, so it is left out.
 */
const worthSaying = (problem: WaybillProblem) => problem !== 'pattern_only';

/**
 * Pair scan: a packing slip's order number, then the parcel's waybill, shipped at once.
 *
 * Each pair ships immediately rather than in a timed batch: the packer must learn that a parcel
 * failed (used number, order put on hold) while it is still in their hands, not after it has gone
 * onto the pile with fifty others. One small request per parcel is well within what the backend
 * takes at scanning speed.
 *
 * Scans are handled one after another in the order they came, so a fast scanner never races a
 * lookup still under way; a repeat of the same scan within 1.5 s is a double trigger and ignored.
 */
export function usePairScan() {
  const backend = useBackend();
  const user = useCurrentUser();
  const store = pairStoreFor(user?.id ?? 'signed-out');
  const pending = useStore(store, (state) => state.pending);
  const log = useStore(store, (state) => state.log);
  const { commit } = useWaybillCommit();
  const [message, setMessage] = useState<PairMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [acceptScan] = useState(() => createDoubleTriggerGuard());
  const queue = useRef<Promise<void>>(Promise.resolve());

  const fail = useCallback((next: Omit<PairMessage, 'tone'>) => {
    beep('error');
    setMessage({ tone: 'error', ...next });
  }, []);

  const lookUpOrder = useCallback(
    async (scanned: string) => {
      const page = await backend.listOrders({ query: { q: scanned, pageSize: 10 } });
      const order = page.items.find((o) => o.number.toUpperCase() === scanned.toUpperCase());
      if (!order) {
        fail({
          key: 'pair.message.orderProblem',
          params: { number: scanned },
          problems: ['order_unknown'],
        });
        return;
      }
      const problem = orderStatusProblem(order.status);
      if (problem) {
        fail({
          key: 'pair.message.orderProblem',
          params: { number: order.number },
          problems: [problem],
        });
        return;
      }
      const next: PendingOrder = {
        orderId: order.id,
        number: order.number,
        recipient: order.customerName,
        storeName: order.storeName,
        carrier: order.carrier,
        timeZone: order.timeZone,
      };
      store.getState().setPending(next);
      setMessage({
        tone: 'info',
        key: 'pair.message.orderFound',
        params: { number: order.number },
      });
    },
    [backend, fail, store],
  );

  const pairWaybill = useCallback(
    async (order: PendingOrder, scanned: string) => {
      // Held to the allocated carrier when the number fits it; otherwise detected (and flagged as different).
      const fitsAllocated =
        order.carrier !== null &&
        !checkWaybillNumber(scanned, order.carrier).problems.some(isError);
      const carrier = fitsAllocated ? order.carrier : null;
      const [local] = checkWaybillRows([
        { orderNumber: order.number, waybill: scanned, carrier, allocatedCarrier: order.carrier },
      ]);
      const entry = (
        outcome: PairLogEntry['outcome'],
        problems: WaybillProblem[],
        unreachable = false,
      ) =>
        store.getState().record({
          at: new Date().toISOString(),
          timeZone: order.timeZone,
          orderNumber: order.number,
          waybill: local?.normalised || scanned,
          carrier: local?.carrier ?? carrier,
          outcome,
          problems,
          unreachable,
        });
      const localProblems = local?.problems ?? [];
      if (localProblems.some(isError)) {
        entry('failed', localProblems);
        fail({ key: 'pair.message.waybillProblem', problems: localProblems.filter(isError) });
        return;
      }
      const item: WaybillItem = { orderNumber: order.number, waybill: scanned, carrier };
      const [checked] = await checkOnServer(backend, [item]);
      const checkedProblems = checked?.problems ?? [];
      if (checkedProblems.some(isError)) {
        entry('failed', checkedProblems);
        fail({ key: 'pair.message.waybillProblem', problems: checkedProblems.filter(isError) });
        return;
      }
      const {
        results: [result],
      } = await commit([item]);
      if (!result) {
        entry('failed', [], true);
        fail({ key: 'pair.message.unreachable' });
        return;
      }
      if (!result.shipped) {
        entry('failed', result.problems);
        fail({ key: 'pair.message.waybillProblem', problems: result.problems.filter(isError) });
        return;
      }
      const warnings = result.problems.filter(worthSaying);
      entry('shipped', warnings);
      store.getState().setPending(null);
      beep('ok');
      setMessage({
        tone: 'ok',
        key: 'pair.message.shipped',
        params: { number: order.number, waybill: result.waybill },
        problems: warnings,
      });
    },
    [backend, commit, fail, store],
  );

  const handle = useCallback(
    async (scanned: string) => {
      const kind = classifyScan(scanned);
      const current = store.getState().pending;
      setBusy(true);
      try {
        if (!current) {
          if (kind === 'waybill') fail({ key: 'pair.message.expectedOrder' });
          else await lookUpOrder(scanned);
          return;
        }
        if (kind === 'order') {
          if (scanned.toUpperCase() === current.number.toUpperCase()) {
            setMessage({
              tone: 'info',
              key: 'pair.message.sameOrder',
              params: { number: current.number },
            });
          } else {
            fail({ key: 'pair.message.expectedWaybill', params: { number: current.number } });
          }
          return;
        }
        await pairWaybill(current, scanned);
      } catch {
        fail({ key: 'pair.message.unreachable' });
      } finally {
        setBusy(false);
      }
    },
    [fail, lookUpOrder, pairWaybill, store],
  );

  /** Takes one scan (or typed number + Enter). */
  const scan = useCallback(
    (raw: string) => {
      const value = raw.trim();
      if (value === '' || !acceptScan(value, Date.now())) return;
      queue.current = queue.current.then(() => handle(value));
    },
    [acceptScan, handle],
  );

  const cancelOrder = useCallback(() => {
    store.getState().setPending(null);
    setMessage(null);
  }, [store]);

  return { pending, log, message, busy, scan, cancelOrder };
}
