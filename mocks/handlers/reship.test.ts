// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests arrange the parcels they read; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import type { Order } from '@/api/contract';
import type { OrderRow } from '../db/types';
import { orderOf, problemOf, type Caller } from './order-fixtures';
import { useMockServer } from './test-server';
import { freshWaybill, trackingCalls } from './tracking-fixtures';

const mock = useMockServer({ orders: 3_000 });
const {
  db,
  asAdmin,
  asStore,
  asWarehouse,
  asManager,
  queue,
  parcel,
  resolve,
  stockOf,
  lineProducts,
  stockUp,
} = trackingCalls(mock);

describe('reshipping', () => {
  /** Sent as the client saw the order: a repeated request is the same request. */
  const reship = (call: Caller, row: OrderRow, waybill: string, key?: string) =>
    resolve(
      call,
      row,
      { action: 'reship', locationId: 'loc-wh-sh', carrier: 'ZTO', waybill, version: row.version },
      key,
    );

  it('sends the same lines again, taking their stock once, even when the request is repeated', async () => {
    const row = parcel('lost');
    stockUp(row);
    const lines = lineProducts(row);
    const before = await Promise.all(lines.map((l) => stockOf(l.productId)));
    const waybill = freshWaybill(db);
    const key = crypto.randomUUID();
    const first = await orderOf(await reship(asWarehouse, row, waybill, key));
    const replay = await orderOf(await reship(asWarehouse, row, waybill, key));
    expect(replay).toEqual(first);
    const after = await Promise.all(lines.map((l) => stockOf(l.productId)));
    lines.forEach((line, i) => {
      expect(after[i]!.onHand).toBe(before[i]!.onHand - line.quantity);
      expect(after[i]!.reserved).toBe(before[i]!.reserved);
    });
    expect(first.status).toBe('shipped');
    expect(first.shipments.map((s) => s.waybill)).toEqual([row.shipment!.waybill, waybill]);
    const [old, replacement] = first.shipments as [Order['shipments'][0], Order['shipments'][0]];
    expect(old.resolution).toMatchObject({ action: 'reship', kinds: ['exception'] });
    expect(replacement).toMatchObject({
      replaces: old.id,
      trackingStatus: 'info_received',
      attention: [],
    });
    expect(first.timeline.at(-1)).toMatchObject({
      kind: 'reshipped',
      data: { carrier: 'ZTO', waybill, replaces: old.id },
    });
    expect((await queue(asWarehouse, `&q=${row.number}`)).total).toBe(0);
    const hits = (await (await asAdmin(`/search?q=${waybill}`)).json()).hits;
    expect(hits).toEqual([expect.objectContaining({ orderId: row.id })]);
  });

  it('checks the waybill for its carrier and refuses one any parcel already carried', async () => {
    const [row, other] = [parcel('lost'), parcel('damaged', 1)];
    stockUp(row);
    stockUp(other);
    const invalid = await reship(asAdmin, row, 'SF1234');
    expect((await problemOf(invalid, 422)).errors?.[0]?.field).toBe('waybill');
    const taken = await reship(asAdmin, row, other.shipment!.waybill);
    expect((await problemOf(taken, 409)).code).toBe('duplicate');
    await orderOf(await reship(asAdmin, other, freshWaybill(db)));
    const replaced = await reship(asAdmin, row, other.shipment!.waybill);
    expect((await problemOf(replaced, 409)).code).toBe('duplicate');
  });

  it('refuses when a line is short, and changes nothing', async () => {
    const row = parcel('lost');
    stockUp(row);
    const [first] = lineProducts(row);
    db.changeStock(first!.productId, 'loc-wh-sh', (level) => ({ onHand: level.reserved }));
    const before = await stockOf(first!.productId);
    const response = await reship(asAdmin, row, freshWaybill(db));
    const problem = await problemOf(response, 409);
    expect(problem.code).toBe('insufficient_stock');
    expect(problem.shortage).toMatchObject({
      productId: first!.productId,
      locationId: 'loc-wh-sh',
      available: 0,
    });
    expect(await stockOf(first!.productId)).toEqual(before);
    expect(db.order(row.id)!.version).toBe(row.version);
  });

  it('is not for store staff, nor from another warehouse, nor for a parcel held at customs', async () => {
    const row = parcel('lost');
    stockUp(row);
    expect((await problemOf(await reship(asStore, row, freshWaybill(db)), 403)).code).toBe(
      'forbidden',
    );
    const elsewhere = await resolve(asWarehouse, row, {
      action: 'reship',
      locationId: 'loc-wh-bj',
      carrier: 'ZTO',
      waybill: freshWaybill(db),
    });
    expect((await problemOf(elsewhere, 403)).code).toBe('forbidden');
    const held = parcel('customs_hold', 1);
    stockUp(held);
    expect((await problemOf(await reship(asAdmin, held, freshWaybill(db)), 409)).code).toBe(
      'wrong_state',
    );
  });

  it('sends a replacement for a parcel nobody has scanned for days', async () => {
    const row = parcel('stale');
    stockUp(row);
    const order = await orderOf(await reship(asManager, row, freshWaybill(db)));
    expect(order.shipments).toHaveLength(2);
    expect(order.shipments[0]!.resolution).toMatchObject({ action: 'reship', kinds: ['stale'] });
  });
});
