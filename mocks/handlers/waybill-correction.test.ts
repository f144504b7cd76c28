// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { Order, type WaybillCorrection } from '@/api/contract';
import type { OrderRow } from '../db/types';
import { useMockServer } from './test-server';
import { waybillFixtures, type Caller } from './waybill-fixtures';

const mock = useMockServer({ orders: 2_000 });
const { db, asWarehouse, asAdmin, asStore, arrange, zto, s10, item, commit, problemOf } =
  waybillFixtures(mock);

describe('correcting a shipped order’s waybill', () => {
  async function shippedOrder(): Promise<OrderRow> {
    const row = arrange('allocated');
    await commit(asWarehouse, [item(row, zto())]);
    return db.order(row.id)!;
  }
  const correct = (call: Caller, row: OrderRow, body: Partial<WaybillCorrection>) =>
    call(`/orders/${row.id}/shipment/waybill`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        version: row.version,
        waybill: zto(),
        carrier: 'ZTO',
        reason: '面单贴错包裹',
        ...body,
      }),
    });

  it('replaces the number, records old and new, and search follows', async () => {
    const row = await shippedOrder();
    const old = row.shipment!.waybill;
    const next = s10(777);
    const response = await correct(asWarehouse, row, { waybill: next, carrier: 'EMS' });
    expect(response.status, await response.clone().text()).toBe(200);
    const order = Order.parse(await response.json());
    expect(order.shipments[0]).toMatchObject({ waybill: next, carrier: 'EMS' });
    expect(order.version).toBe(row.version + 1);
    expect(order.timeline.at(-1)).toMatchObject({
      kind: 'waybill_corrected',
      actor: { name: '李强' },
      data: {
        carrier: 'EMS',
        waybill: next,
        previousCarrier: 'ZTO',
        previousWaybill: old,
        reason: '面单贴错包裹',
      },
    });
    expect(db.audit[0]).toMatchObject({
      action: 'order.waybill_corrected',
      detail: { previousWaybill: old, waybill: next, reason: '面单贴错包裹' },
    });
    const hits = async (q: string) => (await (await asWarehouse(`/search?q=${q}`)).json()).hits;
    expect(await hits(old)).toEqual([]);
    expect(await hits(next)).toEqual([expect.objectContaining({ orderId: row.id })]);
  });

  it('needs a reason', async () => {
    const row = await shippedOrder();
    for (const reason of ['   ', '……']) {
      const problem = await problemOf(await correct(asWarehouse, row, { reason }), 422);
      expect(problem.errors?.[0]?.field).toMatch(/reason/);
    }
  });

  it('checks the new number for its carrier', async () => {
    const row = await shippedOrder();
    const problem = await problemOf(
      await correct(asWarehouse, row, { waybill: s10(5, 1), carrier: 'EMS' }),
      422,
    );
    expect(problem.errors).toEqual([
      expect.objectContaining({ field: 'waybill', code: 'check_digit' }),
    ]);
  });

  it('refuses a number already on another order', async () => {
    const [row, other] = [await shippedOrder(), await shippedOrder()];
    const response = await correct(asWarehouse, row, { waybill: other.shipment!.waybill });
    expect((await problemOf(response, 409)).code).toBe('duplicate');
  });

  it('refuses an order not shipped, an old version and someone who did not ship it', async () => {
    const allocated = arrange('allocated');
    expect((await problemOf(await correct(asWarehouse, allocated, {}), 409)).code).toBe(
      'wrong_state',
    );
    const row = await shippedOrder();
    const stale = await correct(asWarehouse, { ...row, version: row.version - 1 }, {});
    expect((await problemOf(stale, 409)).code).toBe('version_conflict');
    const storeRow = arrange('allocated', { storeIds: ['st-sh01'] });
    await commit(asWarehouse, [item(storeRow, zto())]);
    const byStore = await correct(asStore, db.order(storeRow.id)!, {});
    expect((await problemOf(byStore, 403)).code).toBe('forbidden');
    expect((await correct(asAdmin, db.order(storeRow.id)!, {})).status).toBe(200);
  });
});
