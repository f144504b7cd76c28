import { useCallback, useEffect, useRef } from 'react';
import { useBackend } from '@/api/backend-context';
import type { WaybillItem, WaybillRowResult } from '@/api/contract/fulfilment';
import type { OrderSummary } from '@/api/contract/orders';
import { checkWaybillRows } from '@/domain/waybill/check';
import type { Carrier } from '@/domain/waybill/carriers';
import { verdictOf, type WaybillProblem } from '@/domain/waybill/verdict';
import type { DraftEntry, DraftStore } from './draft-store';
import { beep } from './feedback';
import { checkOnServer } from './server-check';

/** What only the backend can know; the rest the browser checks itself over the whole batch. */
export const SERVER_ONLY_PROBLEMS: ReadonlySet<WaybillProblem> = new Set([
  'order_unknown',
  'order_not_allocated',
  'order_on_hold',
  'order_cancelled',
  'order_shipped',
  'other_location',
  'waybill_used',
]);

/** A pause in entering before the backend is asked about the new rows. */
const SERVER_CHECK_DELAY_MS = 500;

export function effectiveCarrier(
  order: OrderSummary,
  entry: DraftEntry | undefined,
): Carrier | null {
  return entry?.carrier ?? order.carrier;
}

/** The row as it is sent: the carrier shown in its select, the number as typed. */
export function itemOf(order: OrderSummary, entry: DraftEntry): WaybillItem {
  return {
    orderNumber: order.number,
    waybill: entry.waybill,
    carrier: effectiveCarrier(order, entry),
  };
}

function rowKey(item: WaybillItem): string {
  return `${item.orderNumber}\u0000${item.waybill.trim()}\u0000${item.carrier ?? ''}`;
}

function sameProblems(a: readonly WaybillProblem[] | undefined, b: readonly WaybillProblem[]) {
  return a !== undefined && a.length === b.length && a.every((problem, i) => problem === b[i]);
}

/**
 * Keeps every entered row's problems up to date in the draft: the browser's checks over the whole
 * batch (format, check digit, duplicates, carrier) right after a change, then — after a pause — the
 * backend's (order state, numbers already used) for rows it has not seen yet. A row that was just
 * scanned and turns out wrong beeps.
 */
export function useRowChecks(store: DraftStore, orders: readonly OrderSummary[]) {
  const backend = useBackend();
  const ordersRef = useRef(orders);
  const serverProblems = useRef(new Map<string, WaybillProblem[]>());
  const justScanned = useRef(new Set<string>());
  const checkTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const serverTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const serverRequest = useRef<AbortController | null>(null);

  const checkOnServerSoon = useRef<() => void>(() => undefined);

  /** The browser's checks, merged with what the backend said about the same rows. Synchronous. */
  const checkNow = useCallback(() => {
    if (checkTimer.current) clearTimeout(checkTimer.current);
    checkTimer.current = null;
    const { entries, problems } = store.getState();
    const filled: { order: OrderSummary; item: WaybillItem }[] = [];
    const changes: Record<string, WaybillProblem[] | null> = {};
    for (const order of ordersRef.current) {
      const entry = entries[order.number];
      if (entry && entry.waybill.trim() !== '') filled.push({ order, item: itemOf(order, entry) });
      else if (problems[order.number]) changes[order.number] = null;
    }
    const checks = checkWaybillRows(
      filled.map(({ order, item }) => ({ ...item, allocatedCarrier: order.carrier })),
    );
    let errorScanned = false;
    let unseen = false;
    filled.forEach(({ order, item }, index) => {
      const fromServer = serverProblems.current.get(rowKey(item));
      if (!fromServer) unseen = true;
      const merged = [...new Set([...(checks[index]?.problems ?? []), ...(fromServer ?? [])])];
      if (!sameProblems(problems[order.number], merged)) changes[order.number] = merged;
      if (justScanned.current.has(order.number) && verdictOf(merged) === 'error')
        errorScanned = true;
    });
    justScanned.current.clear();
    if (Object.keys(changes).length > 0) store.getState().setProblems(changes);
    if (errorScanned) beep('error');
    if (unseen) checkOnServerSoon.current();
  }, [store]);

  const checkOnServerNow = useCallback(async () => {
    serverRequest.current?.abort();
    const controller = new AbortController();
    serverRequest.current = controller;
    const { entries } = store.getState();
    const items = ordersRef.current.flatMap((order) => {
      const entry = entries[order.number];
      if (!entry || entry.waybill.trim() === '') return [];
      const item = itemOf(order, entry);
      return serverProblems.current.has(rowKey(item)) ? [] : [item];
    });
    if (items.length === 0) return;
    try {
      const results = await checkOnServer(backend, items, controller.signal);
      for (const result of results) {
        const item = items[result.row];
        if (item) rememberServerResult(serverProblems.current, item, result);
      }
      checkNow();
    } catch {
      // Unanswered rows are asked about again after the next change; the commit checks everything anyway.
    }
  }, [backend, checkNow, store]);

  useEffect(() => {
    checkOnServerSoon.current = () => {
      if (serverTimer.current) clearTimeout(serverTimer.current);
      serverTimer.current = setTimeout(() => void checkOnServerNow(), SERVER_CHECK_DELAY_MS);
    };
  }, [checkOnServerNow]);

  useEffect(() => {
    ordersRef.current = orders;
    checkNow();
  }, [orders, checkNow]);

  useEffect(
    () => () => {
      if (checkTimer.current) clearTimeout(checkTimer.current);
      if (serverTimer.current) clearTimeout(serverTimer.current);
      serverRequest.current?.abort();
    },
    [],
  );

  /** A row changed: checks run once for every change arriving within a frame. */
  const requestCheck = useCallback(
    (orderNumber: string, scanned: boolean) => {
      if (scanned) justScanned.current.add(orderNumber);
      checkTimer.current ??= setTimeout(checkNow, 16);
    },
    [checkNow],
  );

  /** What a commit answered about rows that did not ship: shown until the row changes. */
  const rememberCommitted = useCallback(
    (pairs: readonly { item: WaybillItem; result: WaybillRowResult }[]) => {
      for (const { item, result } of pairs)
        rememberServerResult(serverProblems.current, item, result);
      checkNow();
    },
    [checkNow],
  );

  return { requestCheck, checkNow, rememberCommitted };
}

function rememberServerResult(
  memory: Map<string, WaybillProblem[]>,
  item: WaybillItem,
  result: WaybillRowResult,
) {
  memory.set(
    rowKey(item),
    result.problems.filter((problem) => SERVER_ONLY_PROBLEMS.has(problem)),
  );
}
