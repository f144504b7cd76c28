// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick orders known to exist; a missing one fails the test at once */
import { afterEach, describe, expect, it } from 'vitest';
import type { Scope } from '@/domain/access';
import { API, authed, useMockServer } from '../handlers/test-server';
import { generateSeed } from '../seed';
import { MAX_BACKFILL_MS, catchUpArrivals } from './arrivals';
import { MockDb } from './database';
import { countOrders, queryOrders } from './order-query';
import { HOUR, iso } from './time';
import type { OrderRow } from './types';

const NOW = Date.parse('2026-11-22T06:00:00Z');
const MINUTE = 60_000;
const data = generateSeed({ seed: 11, orders: 1_500, now: NOW });
const ADMIN: Scope = { role: 'admin', storeIds: [], locationIds: [], regions: [] };
const list = { page: 1, pageSize: 1000, sort: '-placedAt', status: 'all', tagMode: 'any' } as const;

const fresh = () => new MockDb(data);
const arrived = (db: MockDb): OrderRow[] => db.orders.slice(0, db.arrivedCount);

describe('arrivals', () => {
  it('are the same for the same seed and clock, however often the clock is read', () => {
    const once = fresh();
    catchUpArrivals(once, NOW + 40 * MINUTE, 60);
    const stepwise = fresh();
    for (let t = NOW; t <= NOW + 40 * MINUTE; t += 7 * MINUTE) catchUpArrivals(stepwise, t, 60);
    catchUpArrivals(stepwise, NOW + 40 * MINUTE, 60);
    expect(once.arrivedCount).toBeGreaterThan(20);
    expect(arrived(stepwise)).toEqual(arrived(once));
  });

  it('come one every 20 to 90 seconds at 60 an hour, never before their time', () => {
    const db = fresh();
    catchUpArrivals(db, NOW + 30 * MINUTE, 60);
    const times = arrived(db)
      .map((r) => r.placedAt)
      .reverse();
    expect(times[0]).toBeGreaterThan(NOW);
    expect(times.at(-1)).toBeLessThanOrEqual(NOW + 30 * MINUTE);
    for (let i = 1; i < times.length; i += 1) {
      const gap = times[i]! - times[i - 1]!;
      expect(gap).toBeGreaterThanOrEqual(20_000);
      expect(gap).toBeLessThanOrEqual(90_000);
    }
  });

  it('add nothing when switched off', () => {
    const db = fresh();
    catchUpArrivals(db, NOW + HOUR, 0);
    expect(db.arrivedCount).toBe(0);
    expect(db.orders).toHaveLength(1_500);
  });

  it('are real orders: numbered after the day’s last, unpaid at first, then paid and awaiting review', () => {
    const db = fresh();
    catchUpArrivals(db, NOW + 10 * MINUTE, 60);
    const newest = db.orders[0]!;
    expect(newest.placedAt).toBeGreaterThan(NOW + 8 * MINUTE);
    const previous = db.orders[db.arrivedCount]!;
    expect(db.orders[db.arrivedCount - 1]!.number > previous.number).toBe(true);
    const settledLater = arrived(db).filter((r) => r.status === 'unpaid');
    catchUpArrivals(db, NOW + 3 * HOUR, 0);
    for (const row of settledLater) {
      const now = db.order(row.id)!;
      expect(['pending_review', 'cancelled']).toContain(now.status);
      if (now.status === 'pending_review') {
        expect(now.paymentStatus).toBe('paid');
        expect(now.paidAt! - now.placedAt).toBeLessThanOrEqual(2 * MINUTE);
      } else expect(now.cancellation?.reason).toBe('unpaid_timeout');
      expect(now.version).toBe(row.version + 1);
    }
    expect(arrived(db).some((r) => r.status === 'pending_review')).toBe(true);
  });

  it('show in lists, counts and search through every index', () => {
    const db = fresh();
    const seeded = db.orders[0]!;
    catchUpArrivals(db, NOW + 45 * MINUTE, 60);
    const newOnes = arrived(db);
    const counts = countOrders(db, ADMIN, { placedAfter: iso(NOW) });
    expect(counts.all).toBe(newOnes.length);
    expect(counts.unpaid + counts.pending_review + counts.cancelled).toBe(newOnes.length);
    expect(countOrders(db, ADMIN, {}).all).toBe(1_500 + newOnes.length);
    // A view pinned before they came is unchanged.
    const pinned = queryOrders(db, ADMIN, { ...list, placedUpTo: iso(NOW) });
    expect(pinned.total).toBe(1_500);
    expect(pinned.rows[0]!.id).toBe(seeded.id);
    const sample = newOnes[3]!;
    expect(queryOrders(db, ADMIN, { ...list, q: sample.number }).rows.map((r) => r.id)).toEqual([
      sample.id,
    ]);
    const phone = db.customerOf(sample).phone;
    expect(queryOrders(db, ADMIN, { ...list, q: phone }).rows.map((r) => r.id)).toContain(
      sample.id,
    );
    const store = db.storeOf(sample).id;
    const inStore = queryOrders(db, ADMIN, { ...list, storeId: [store] });
    expect(inStore.rows.map((r) => r.id)).toContain(sample.id);
    expect(inStore.total).toBe(db.orders.filter((r) => db.storeOf(r).id === store).length);
    expect(db.order(seeded.id)).toBe(seeded);
    const shipped = db.orders.find((r) => r.shipment)!;
    expect(queryOrders(db, ADMIN, { ...list, q: shipped.shipment!.waybill }).rows[0]?.id).toBe(
      shipped.id,
    );
  });

  it('make up at most an hour of arrivals after a pause', () => {
    const db = fresh();
    const now = NOW + 5 * HOUR;
    catchUpArrivals(db, now, 60);
    expect(arrived(db).every((r) => r.placedAt >= now - MAX_BACKFILL_MS)).toBe(true);
    expect(db.arrivedCount).toBeGreaterThan(30);
    expect(db.arrivedCount).toBeLessThan(120);
  });

  it('survive a reload through the overlay and carry on from where they were', () => {
    const db = fresh();
    catchUpArrivals(db, NOW + 20 * MINUTE, 60);
    const overlay = structuredClone(db.exportOverlay());
    const reloaded = fresh();
    reloaded.applyOverlay(overlay);
    expect(arrived(reloaded)).toEqual(arrived(db));
    catchUpArrivals(db, NOW + 50 * MINUTE, 60);
    catchUpArrivals(reloaded, NOW + 50 * MINUTE, 60);
    expect(arrived(reloaded)).toEqual(arrived(db));
  });
});

describe('arrivals through the API', () => {
  const mock = useMockServer({ now: new Date(NOW) });
  afterEach(() => {
    mock.ctx.arrivalsPerHour = 0;
    mock.ctx.now = () => Date.now();
  });

  it('appear in counts after the pinned instant, and not before their time', async () => {
    const admin = authed(mock, 'admin');
    const pin = iso(mock.db.orders[0]!.placedAt);
    const newCount = async () =>
      ((await (await admin(`/orders/counts?placedAfter=${pin}`)).json()) as { all: number }).all;
    mock.ctx.arrivalsPerHour = 60;
    mock.ctx.now = () => NOW;
    expect(await newCount()).toBe(0);
    mock.ctx.now = () => NOW + 10 * MINUTE;
    const later = await newCount();
    expect(later).toBeGreaterThanOrEqual(6);
    expect(later).toBeLessThanOrEqual(30);
    const pinned = (await (await admin(`/orders?placedUpTo=${pin}&pageSize=1`)).json()) as {
      total: number;
    };
    expect(pinned.total).toBe(1_500);
    const response = await fetch(`${API}/orders?placedAfter=${pin}`, {
      headers: { Authorization: `Bearer ${mock.sessionFor('admin').token}` },
    });
    expect(((await response.json()) as { total: number }).total).toBe(later);
  });
});
