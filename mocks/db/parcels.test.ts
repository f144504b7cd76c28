// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { CarrierPerformance, Order } from '@/api/contract';
import { authed, useMockServer } from '../handlers/test-server';
import { generateSeed } from '../seed';
import { scheduleOfShipment } from '../seed/journey';
import { MockDb } from './database';
import { allShipmentsOf, catchUpTracking, parcelEventsOf, trackedParcelOf } from './parcels';
import { DAY, HOUR, dayNumber, dayToDate } from './time';
import type { OrderRow, ShipmentRow } from './types';

const NOW = Date.parse('2026-11-22T06:00:00Z');
const data = generateSeed({ seed: 11, orders: 1_500, now: NOW });

/** When the parcel's journey delivers it, or undefined when it never does. */
function deliveryOf(row: OrderRow): number | undefined {
  const shipment = row.shipment;
  if (!shipment) return undefined;
  return scheduleOfShipment(shipment, row.seed).find((m) => m.status === 'delivered')?.at;
}

/** Shipped orders whose parcel the journey delivers between now and `by`. */
function deliveredBy(db: MockDb, by: number): OrderRow[] {
  return db.orders.filter((row) => {
    const at = deliveryOf(row);
    return row.status === 'shipped' && at !== undefined && at > NOW && at <= by;
  });
}

describe('catching up with the clock', () => {
  it('delivers parcels whose journey reaches the customer, and their orders become delivered', () => {
    const db = new MockDb(data);
    const due = deliveredBy(db, NOW + 3 * DAY);
    expect(due.length).toBeGreaterThan(5);
    catchUpTracking(db, NOW + 3 * DAY);
    for (const before of due) {
      const row = db.order(before.id);
      expect(row?.status).toBe('delivered');
      expect(row?.shipment?.tracking).toBe('delivered');
      expect(row?.shipment?.deliveredAt).toBe(deliveryOf(before));
      // The system's doing: nobody's edit, so nobody's next save conflicts with it.
      expect(row?.version).toBe(before.version);
    }
  });

  it('gives the same tables for the same seed and clock, however many catch-ups came between', () => {
    const once = new MockDb(data);
    catchUpTracking(once, NOW + 5 * DAY);
    const often = new MockDb(data);
    for (let t = NOW; t < NOW + 5 * DAY; t += 3 * HOUR + 17_000) catchUpTracking(often, t);
    catchUpTracking(often, NOW + 5 * DAY);
    expect(often.orders).toEqual(once.orders);
    expect(once.orders).not.toEqual(data.orders);
  });

  it('changes nothing when nothing is due', () => {
    const db = new MockDb(data);
    catchUpTracking(db, NOW);
    const before = db.exportOverlay();
    catchUpTracking(db, NOW + 1);
    expect(db.exportOverlay()).toEqual(before);
  });

  it('follows a parcel shipped after seeding from the moment it leaves', () => {
    const db = new MockDb(data);
    catchUpTracking(db, NOW);
    const allocated = db.orders.find((row) => row.status === 'allocated' && row.locationId);
    if (!allocated?.locationId || !allocated.carrier) throw new Error('no allocated order');
    const shipment: ShipmentRow = {
      id: `sh-${allocated.id.slice(1)}`,
      locationId: allocated.locationId,
      carrier: allocated.carrier,
      waybill: 'SF1234567890123',
      shippedAt: NOW + HOUR,
      arrivesAt: NOW + 2 * DAY,
      eta: NOW + 5 * DAY,
      deliveredAt: null,
      tracking: 'info_received',
      delayDays: 0,
      failedAttempt: false,
      exception: null,
    };
    db.updateOrder(
      allocated.id,
      (draft) => {
        draft.status = 'shipped';
        draft.shipment = shipment;
      },
      { at: NOW + HOUR, by: null },
    );
    catchUpTracking(db, NOW + 40 * DAY);
    const row = db.order(allocated.id);
    expect(row?.shipment?.tracking).not.toBe('info_received');
    expect(['delivered', 'exception', 'expired']).toContain(row?.shipment?.tracking);
    if (row?.shipment?.tracking === 'delivered') expect(row.status).toBe('delivered');
  });

  it('reads a replaced parcel only up to when its replacement left', () => {
    const db = new MockDb(data);
    const row = deliveredBy(db, NOW + 3 * DAY)[0];
    if (!row?.shipment) throw new Error('no parcel on its way');
    const old = row.shipment;
    const replacement: ShipmentRow = {
      ...old,
      id: `${old.id}-r1`,
      shippedAt: NOW,
      replaces: old.id,
    };
    delete replacement.plan;
    const reshipped: OrderRow = { ...row, previousShipments: [old], shipment: replacement };
    expect(allShipmentsOf(reshipped).map((s) => s.id)).toEqual([old.id, replacement.id]);
    const events = parcelEventsOf(db, reshipped, old, NOW + 10 * DAY);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => Date.parse(e.at) <= NOW)).toBe(true);
    expect(trackedParcelOf(db, reshipped, old, NOW + 10 * DAY).tracking).not.toBe('delivered');
  });
});

describe('tracking through the API', () => {
  const mock = useMockServer({ orders: 1_500, now: new Date(NOW) });
  afterEach(() => {
    mock.ctx.now = () => Date.now();
  });

  it('shows the new events, the delivery and the delivered count as days pass', async () => {
    mock.ctx.now = () => NOW;
    const due = deliveredBy(mock.db, NOW + 3 * DAY);
    const row = due[0];
    expect(row).toBeDefined();
    if (!row) return;
    const period = `from=${dayToDate(dayNumber(NOW, 'Asia/Shanghai') - 29)}&to=${dayToDate(dayNumber(NOW, 'Asia/Shanghai'))}`;
    const deliveredCount = async (call: ReturnType<typeof authed>) =>
      CarrierPerformance.parse(
        await (await call(`/analytics/carriers?${period}`)).json(),
      ).rows.reduce((sum, r) => sum + r.delivered, 0);

    const admin = authed(mock, 'admin');
    const before = Order.parse(await (await admin(`/orders/${row.id}`)).json());
    expect(before.status).toBe('shipped');
    const parcel = before.shipments[0];
    expect(parcel?.trackingStatus).not.toBe('delivered');
    expect(parcel?.events.every((e) => Date.parse(e.at) <= NOW)).toBe(true);
    const countBefore = await deliveredCount(admin);

    mock.ctx.now = () => NOW + 3 * DAY;
    const later = authed(mock, 'admin');
    const after = Order.parse(await (await later(`/orders/${row.id}`)).json());
    expect(after.status).toBe('delivered');
    const delivered = after.shipments[0];
    expect(delivered?.trackingStatus).toBe('delivered');
    expect(delivered?.events.length).toBeGreaterThan(parcel?.events.length ?? 0);
    expect(['delivered', 'delivered_to_locker']).toContain(delivered?.events.at(-1)?.code);
    expect(delivered?.attention).toEqual([]);
    expect(after.timeline.some((e) => e.kind === 'delivered')).toBe(true);
    // Orders placed in the period whose parcels arrived meanwhile now count as delivered.
    expect(await deliveredCount(later)).toBeGreaterThan(countBefore);
  });

  it('puts the delivery on the timeline once, also after a note fixed the seeded part', async () => {
    mock.ctx.now = () => NOW;
    const row = deliveredBy(mock.db, NOW + 3 * DAY)[1];
    if (!row) throw new Error('no parcel on its way');
    const noted = await authed(mock, 'admin')(`/orders/${row.id}/notes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: '客户来电询问物流' }),
    });
    expect(noted.status).toBe(200);
    mock.ctx.now = () => NOW + 3 * DAY;
    const order = Order.parse(await (await authed(mock, 'admin')(`/orders/${row.id}`)).json());
    const kinds = order.timeline.map((event) => event.kind);
    expect(kinds.filter((kind) => kind === 'delivered')).toHaveLength(1);
    expect(kinds.indexOf('note_added')).toBeLessThan(kinds.indexOf('delivered'));
    expect(new Set(order.timeline.map((event) => event.id)).size).toBe(order.timeline.length);
  });
});
