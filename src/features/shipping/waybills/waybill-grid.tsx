import { useLayoutEffect, useMemo, useRef } from 'react';
import type { OrderSummary } from '@/api/contract/orders';
import { toast } from '@/components/toast';
import type { Carrier } from '@/domain/waybill/carriers';
import { useTranslation } from '@/i18n';
import type { DraftStore } from './draft-store';
import { WaybillRow, type RowHandlers } from './waybill-row';

const HEAD =
  'border-b border-slate-200 bg-slate-50 px-2.5 py-2 text-left text-xs font-medium whitespace-nowrap text-slate-600';

/**
 * The grid of orders waiting for a waybill. Every row is rendered (no windowing): focus moves to
 * the next input in the same keystroke as the scanner's Enter, so the next scan's first character
 * always lands in the right row. Rows are memoised and read only their own slice of the draft, so
 * a scan re-renders one row.
 */
export function WaybillGrid({
  orders,
  store,
  onRowChanged,
}: {
  orders: readonly OrderSummary[];
  store: DraftStore;
  /** A row's number or carrier changed; `entered` when it was left with Enter (a scan). */
  onRowChanged: (orderNumber: string, entered: boolean) => void;
}) {
  const { t } = useTranslation('waybills');
  const inputs = useRef(new Map<number, HTMLInputElement>());
  const latest = useRef({ orders, onRowChanged, t });
  useLayoutEffect(() => {
    latest.current = { orders, onRowChanged, t };
  });

  const handlers = useMemo<RowHandlers>(() => {
    const save = (index: number, waybill: string) => {
      const order = latest.current.orders[index];
      if (!order) return null;
      const entry = store.getState().entries[order.number];
      if (entry?.waybill === waybill) return order;
      if (!entry && waybill === '') return order;
      store.getState().setEntries({ [order.number]: { waybill, carrier: entry?.carrier ?? null } });
      return order;
    };
    const focusRow = (index: number) => {
      const input = inputs.current.get(index);
      if (!input) return;
      input.focus();
      input.select();
    };
    return {
      store,
      enter: (index, value) => {
        const order = save(index, value);
        if (order) latest.current.onRowChanged(order.number, true);
        focusRow(index + 1);
      },
      leave: (index, value) => {
        const order = latest.current.orders[index];
        if (!order || (store.getState().entries[order.number]?.waybill ?? '') === value) return;
        save(index, value);
        latest.current.onRowChanged(order.number, false);
      },
      pasteLines: (index, lines) => {
        const { orders: rows } = latest.current;
        const fitting = lines.slice(0, Math.max(0, rows.length - index));
        const changes: Record<string, { waybill: string; carrier: Carrier | null }> = {};
        fitting.forEach((waybill, offset) => {
          const order = rows[index + offset];
          if (!order) return;
          const input = inputs.current.get(index + offset);
          if (input) input.value = waybill;
          changes[order.number] = {
            waybill,
            carrier: store.getState().entries[order.number]?.carrier ?? null,
          };
        });
        store.getState().setEntries(changes);
        for (const number of Object.keys(changes)) latest.current.onRowChanged(number, false);
        focusRow(index + fitting.length);
        const leftOver = lines.length - fitting.length;
        if (leftOver > 0) toast.info(latest.current.t('grid.pasteLeftOver', { count: leftOver }));
      },
      setCarrier: (index, carrier) => {
        const order = latest.current.orders[index];
        if (!order) return;
        const entry = store.getState().entries[order.number];
        const input = inputs.current.get(index);
        store.getState().setEntries({
          [order.number]: {
            waybill: input?.value ?? entry?.waybill ?? '',
            // The allocated carrier is the default, kept as "none chosen" so it follows the order.
            carrier: carrier === order.carrier ? null : carrier,
          },
        });
        latest.current.onRowChanged(order.number, false);
      },
      register: (index, input) => {
        if (input) inputs.current.set(index, input);
        else inputs.current.delete(index);
      },
    };
  }, [store]);

  return (
    <table
      aria-label={t('grid.label')}
      aria-rowcount={orders.length + 1}
      // Fixed layout: column widths never depend on content, so a changed verdict or a moved focus
      // lays out one row rather than measuring every cell of a thousand rows again.
      className="w-full min-w-[68rem] table-fixed border-separate border-spacing-0 text-sm text-slate-800"
    >
      <colgroup>
        <col className="w-[9.5rem]" />
        <col className="w-[7rem]" />
        <col className="w-[5.5rem]" />
        <col />
        <col className="w-[7rem]" />
        <col className="w-[9.5rem]" />
        <col className="w-[12.5rem]" />
        <col className="w-[15rem]" />
      </colgroup>
      <thead className="sticky top-0 z-10">
        <tr aria-rowindex={1}>
          <th scope="col" className={HEAD}>
            {t('grid.number')}
          </th>
          <th scope="col" className={HEAD}>
            {t('grid.store')}
          </th>
          <th scope="col" className={HEAD}>
            {t('grid.recipient')}
          </th>
          <th scope="col" className={HEAD}>
            {t('grid.items')}
          </th>
          <th scope="col" className={HEAD}>
            {t('grid.allocatedCarrier')}
          </th>
          <th scope="col" className={HEAD}>
            {t('grid.carrier')}
          </th>
          <th scope="col" className={HEAD}>
            {t('grid.waybill')}
          </th>
          <th scope="col" className={HEAD}>
            {t('grid.verdict')}
          </th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order, index) => (
          <WaybillRow key={order.id} order={order} index={index} handlers={handlers} />
        ))}
      </tbody>
    </table>
  );
}
