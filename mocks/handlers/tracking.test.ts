// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests arrange the parcels they read; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { NotificationLogEntry } from '@/api/contract';
import { COUPON_CAP_FEN, maxCoupon } from '@/domain/shipment/resolution';
import { orderOf, problemOf } from './order-fixtures';
import { useMockServer } from './test-server';
import { arrangeParcel, trackingCalls } from './tracking-fixtures';

const mock = useMockServer({ orders: 3_000 });
const { db, asAdmin, asStore, asWarehouse, asManager, queue, openCount, parcel, resolve } =
  trackingCalls(mock);

describe('the exceptions queue over HTTP', () => {
  it('lists what each user may see, and the badge count agrees', async () => {
    const lost = parcel('lost');
    const admin = await queue(asAdmin);
    expect(admin.items.map((i) => i.orderId)).toContain(lost.id);
    expect(await openCount(asAdmin)).toBe(admin.total);
    const store = await queue(asStore);
    expect(store.items.every((i) => i.storeName === '上海南京西路店')).toBe(true);
    expect(await openCount(asStore)).toBe(store.total);
    const warehouse = await queue(asWarehouse);
    expect(warehouse.items.every((i) => i.locationId === 'loc-wh-sh')).toBe(true);
    expect((await queue(asManager)).total).toBeLessThan(admin.total);
  });

  it('refuses a page larger than 200', async () => {
    const response = await asAdmin('/tracking/exceptions?pageSize=500');
    expect((await problemOf(response, 422)).code).toBe('validation');
  });
});

describe('marking a parcel resolved', () => {
  it('takes it out of the queue, drops the count by one and records the note', async () => {
    const row = parcel('lost');
    const before = await openCount(asStore);
    const order = await orderOf(
      await resolve(asStore, row, { action: 'resolve', note: '客户已同意等待' }),
    );
    expect(order.version).toBe(row.version + 1);
    expect(order.shipments.at(-1)).toMatchObject({
      attention: [],
      resolution: { action: 'resolve', note: '客户已同意等待', kinds: ['exception'] },
    });
    expect(order.timeline.at(-1)).toMatchObject({
      kind: 'exception_resolved',
      actor: { name: expect.any(String) },
      data: { note: '客户已同意等待', kinds: 'exception' },
    });
    expect(db.audit[0]).toMatchObject({ action: 'order.exception_resolved', entityId: row.id });
    expect(await openCount(asStore)).toBe(before - 1);
    expect((await queue(asStore, `&q=${row.number}`)).total).toBe(0);
  });

  it('refuses a parcel already dealt with, an old version and a parcel the order lacks', async () => {
    const row = parcel('lost');
    await orderOf(await resolve(asAdmin, row, { action: 'resolve', note: '已处理' }));
    const again = await resolve(asAdmin, row, { action: 'resolve', note: '再处理' });
    expect((await problemOf(again, 409)).code).toBe('wrong_state');
    const other = parcel('stale', 1);
    const stale = await resolve(asAdmin, other, {
      action: 'resolve',
      note: '已处理',
      version: other.version - 1,
    });
    expect((await problemOf(stale, 409)).code).toBe('version_conflict');
    const unknown = await asAdmin(`/orders/${other.id}/shipments/sh-nothing/resolutions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'resolve', version: other.version, note: '已处理' }),
    });
    expect((await problemOf(unknown, 404)).code).toBe('not_found');
  });

  it('keeps other stores’ parcels from store staff', async () => {
    const row = arrangeParcel(db, 'lost', mock.ctx.now(), { storeId: 'st-bj01' });
    const response = await resolve(asStore, row, { action: 'resolve', note: '已处理' });
    expect((await problemOf(response, 403)).code).toBe('out_of_scope');
  });
});

describe('contacting the customer', () => {
  it('records the message, filled in, in the order’s log and on its timeline', async () => {
    const row = parcel('delayed');
    const order = await orderOf(
      await resolve(asStore, row, { action: 'contact', template: 'delayed', channel: 'sms' }),
    );
    expect(order.timeline.at(-1)).toMatchObject({
      kind: 'customer_notified',
      data: { kind: 'delayed', channel: 'sms' },
    });
    const log = await asStore(`/orders/${row.id}/notifications`);
    const entries = (await log.json()).items.map((e: unknown) => NotificationLogEntry.parse(e));
    const sent = entries.find((e: NotificationLogEntry) => e.trigger === 'staff')!;
    expect(sent).toMatchObject({ kind: 'delayed', channel: 'sms', subject: null });
    expect(sent.body).toContain(row.number);
    expect(sent.body).not.toMatch(/\{\w+\}/);
  });

  it('sends no e-mail to a customer without an address', async () => {
    const candidates = db.orders.filter(
      (o) => o.status === 'completed' && db.storeOf(o).id === 'st-sh01',
    );
    const nth = candidates.findIndex((o) => db.customerOf(o).email === null);
    const row = parcel('delayed', nth);
    expect(db.customerOf(row).email).toBeNull();
    const response = await resolve(asAdmin, row, {
      action: 'contact',
      template: 'delayed',
      channel: 'email',
    });
    expect((await problemOf(response, 422)).errors?.[0]).toMatchObject({
      field: 'channel',
      code: 'no_email',
    });
  });
});

describe('refunding', () => {
  it('refunds in part, and the payment status follows', async () => {
    const row = parcel('lost');
    const part = await orderOf(
      await resolve(asStore, row, {
        action: 'refund',
        amount: 1_000,
        reason: '包裹丢失，先退部分',
      }),
    );
    expect(part.payment.status).toBe('partially_refunded');
    expect(part.refunds).toEqual([
      expect.objectContaining({
        amount: { amount: 1_000, currency: 'CNY' },
        shipmentId: row.shipment!.id,
      }),
    ]);
    expect(part.timeline.at(-1)).toMatchObject({ kind: 'refunded', data: { amount: 1_000 } });
  });

  it('refunds everything refundable, and not a fen more', async () => {
    const row = parcel('lost');
    const over = await resolve(asAdmin, row, {
      action: 'refund',
      amount: row.total + 1,
      reason: '包裹丢失',
    });
    expect((await problemOf(over, 422)).errors).toEqual([
      expect.objectContaining({ field: 'amount', code: 'over_refundable' }),
    ]);
    const all = await orderOf(
      await resolve(asAdmin, row, { action: 'refund', amount: row.total, reason: '包裹丢失' }),
    );
    expect(all.payment.status).toBe('refunded');
  });

  it('is not for warehouse staff', async () => {
    const row = parcel('lost');
    const response = await resolve(asWarehouse, row, {
      action: 'refund',
      amount: 100,
      reason: '丢失',
    });
    expect((await problemOf(response, 403)).code).toBe('forbidden');
  });
});

describe('compensating with a coupon', () => {
  it('gives a coupon up to the cap, with a code, and refuses a fen more', async () => {
    const row = parcel('delayed');
    const cap = maxCoupon(row.total);
    expect(cap).toBeLessThanOrEqual(COUPON_CAP_FEN);
    const over = await resolve(asStore, row, { action: 'coupon', amount: cap + 1 });
    expect((await problemOf(over, 422)).errors).toEqual([
      expect.objectContaining({ field: 'amount', code: 'over_limit' }),
    ]);
    const order = await orderOf(
      await resolve(asStore, row, { action: 'coupon', amount: cap, note: '延误致歉' }),
    );
    expect(order.compensations).toEqual([
      expect.objectContaining({ amount: { amount: cap, currency: 'CNY' }, note: '延误致歉' }),
    ]);
    expect(order.compensations[0]!.couponCode).toMatch(/^CP\d{10}$/);
    expect(order.timeline.at(-1)).toMatchObject({
      kind: 'compensated',
      data: { amount: cap, couponCode: order.compensations[0]!.couponCode },
    });
  });
});

describe('idempotency', () => {
  it('refuses the same key for a different request', async () => {
    const row = parcel('lost');
    await orderOf(await resolve(asAdmin, row, { action: 'resolve', note: '已处理' }, 'same-key'));
    const other = parcel('stale', 1);
    const reused = await resolve(asAdmin, other, { action: 'resolve', note: '已处理' }, 'same-key');
    expect((await problemOf(reused, 422)).errors?.[0]?.field).toBe('Idempotency-Key');
  });
});
