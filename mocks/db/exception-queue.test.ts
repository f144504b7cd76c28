// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick parcels known to be in the queue; a missing one fails the test at once */
import { beforeAll, describe, expect, it } from 'vitest';
import { ExceptionQueueQuery, type ExceptionPage } from '@/api/contract';
import { orderInScope, type Scope } from '@/domain/access';
import {
  ATTENTION_KINDS,
  DEFAULT_STALE_HOURS,
  openAttention,
  waitBand,
  WAIT_BANDS,
} from '@/domain/shipment/attention';
import { safeParse } from 'zod/v4/core';
import { arrangeParcel, scopeOfUser } from '../handlers/tracking-fixtures';
import { DEFAULT_SEED, generateSeed } from '../seed';
import { MockDb } from './database';
import { countExceptionQueue, queryExceptionQueue, queueEntries } from './exception-queue';
import { catchUpTracking, trackedParcelOf } from './parcels';

const NOW = Date.UTC(2026, 10, 23, 4, 0);
const admin = scopeOfUser('admin');
let db: MockDb;

beforeAll(() => {
  db = new MockDb(generateSeed({ seed: DEFAULT_SEED, orders: 10_000, now: NOW }));
  catchUpTracking(db, NOW);
});

function page(scope: Scope, query: Partial<ExceptionQueueQuery> = {}): ExceptionPage {
  const parsed = safeParse(ExceptionQueueQuery, { pageSize: 200, ...query });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return queryExceptionQueue(db, scope, parsed.data, NOW);
}

/** Every order's newest parcel with an open reason, found the slow way: every order read. */
function everyOpenParcel(scope: Scope) {
  const found = new Map<string, string[]>();
  for (const row of db.orders) {
    const shipment = row.shipment;
    if (!shipment) continue;
    const store = db.storeOf(row);
    if (
      !orderInScope(scope, {
        storeId: store.id,
        region: store.region,
        locationId: row.locationId,
        status: row.status,
      })
    )
      continue;
    const kinds = openAttention(
      trackedParcelOf(db, row, shipment, NOW),
      NOW,
      DEFAULT_STALE_HOURS[shipment.carrier],
      shipment.resolution?.at ?? null,
    );
    if (kinds.length > 0) found.set(shipment.id, kinds);
  }
  return found;
}

describe('the exceptions queue', () => {
  it('holds exactly the newest parcels with an open reason', () => {
    const expected = everyOpenParcel(admin);
    const entries = queueEntries(db, admin, NOW);
    expect(expected.size).toBeGreaterThan(10);
    expect(new Map(entries.map((e) => [e.shipment.id, e.kinds]))).toEqual(expected);
  });

  it('puts the longest waiting first, ties by order number; -waiting reverses', () => {
    const items = page(admin).items;
    for (let i = 1; i < items.length; i += 1) {
      const [a, b] = [items[i - 1]!, items[i]!];
      expect(a.waitingSince <= b.waitingSince).toBe(true);
      if (a.waitingSince === b.waitingSince) expect(a.orderNumber < b.orderNumber).toBe(true);
    }
    const reversed = page(admin, { sort: '-waiting' }).items.map((i) => i.shipmentId);
    expect(reversed).toEqual(items.map((i) => i.shipmentId).reverse());
  });

  it('describes each parcel as the contract says', () => {
    const lost = arrangeParcel(db, 'lost', NOW, { nth: 40 });
    catchUpTracking(db, NOW);
    const item = page(admin, { q: lost.number }).items[0]!;
    expect(item).toMatchObject({
      orderId: lost.id,
      orderVersion: db.order(lost.id)!.version,
      storeName: '上海南京西路店',
      shipmentId: lost.shipment!.id,
      carrier: 'ZTO',
      locationId: 'loc-wh-sh',
      locationName: '上海青浦仓',
      trackingStatus: 'exception',
      exceptionKind: 'lost',
      kinds: ['exception'],
      canReship: true,
      refundable: { amount: lost.total, currency: 'CNY' },
      total: { amount: lost.total, currency: 'CNY' },
    });
    expect(item.lastEvent).toMatchObject({ status: 'exception', code: 'exception' });
    expect(item.waitingSince).toBe(item.lastEvent!.at);
  });

  it('filters by reason, carrier, location, age and search', () => {
    const all = page(admin);
    const entries = all.items;
    for (const kind of ATTENTION_KINDS) {
      const result = page(admin, { kind: [kind] });
      expect(result.total).toBe(entries.filter((e) => e.kinds.includes(kind)).length);
      expect(result.items.every((e) => e.kinds.includes(kind))).toBe(true);
    }
    const carrier = entries[0]!.carrier;
    expect(page(admin, { carrier: [carrier] }).items.map((e) => e.shipmentId)).toEqual(
      entries.filter((e) => e.carrier === carrier).map((e) => e.shipmentId),
    );
    const location = entries[0]!.locationId;
    expect(page(admin, { locationId: [location] }).total).toBe(
      entries.filter((e) => e.locationId === location).length,
    );
    for (const age of WAIT_BANDS) {
      expect(page(admin, { age }).total).toBe(
        entries.filter((e) => waitBand(Date.parse(e.waitingSince), NOW) === age).length,
      );
    }
    const one = entries[3]!;
    expect(page(admin, { q: one.orderNumber.toLowerCase() }).items[0]!.shipmentId).toBe(
      one.shipmentId,
    );
    const prefix = one.orderNumber.slice(0, 10);
    expect(page(admin, { q: prefix }).total).toBe(
      entries.filter((e) => e.orderNumber.startsWith(prefix)).length,
    );
    const spaced = one.waybill.replace(/(.{4})/g, '$1 ').toLowerCase();
    expect(page(admin, { q: spaced }).items.map((e) => e.shipmentId)).toEqual([one.shipmentId]);
    expect(page(admin, { q: one.waybill.slice(0, 6) }).total).toBe(0);
  });

  it('counts each reason over the same filter, whatever reason is picked', () => {
    const carrier = page(admin).items[0]!.carrier;
    const filtered = page(admin, { carrier: [carrier] });
    for (const kind of ATTENTION_KINDS)
      expect(filtered.counts[kind]).toBe(
        filtered.items.filter((e) => e.kinds.includes(kind)).length,
      );
    expect(page(admin, { carrier: [carrier], kind: ['stale'] }).counts).toEqual(filtered.counts);
  });

  it('pages through the same order', () => {
    const whole = page(admin).items.map((e) => e.shipmentId);
    const first = page(admin, { pageSize: 5 });
    const second = page(admin, { pageSize: 5, page: 2 });
    expect(first.total).toBe(whole.length);
    expect([...first.items, ...second.items].map((e) => e.shipmentId)).toEqual(whole.slice(0, 10));
  });

  it.each([
    ['store.sh', (e: { storeName: string }) => e.storeName === '上海南京西路店'],
    ['warehouse.sh', (e: { locationId: string }) => e.locationId === 'loc-wh-sh'],
  ] as const)('shows %s only what is theirs', (username, theirs) => {
    const scope = scopeOfUser(username);
    const items = page(scope).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((e) => theirs(e as never))).toBe(true);
    expect(items.length).toBe(everyOpenParcel(scope).size);
    expect(items.length).toBeLessThan(page(admin).total);
  });

  it('shows a regional manager the region only', () => {
    const scope = scopeOfUser('manager.east');
    const regions = new Set(
      queueEntries(db, scope, NOW).map((e) => db.storeOf(e.row).region as string),
    );
    expect([...regions]).toEqual(['east']);
    expect(countExceptionQueue(db, scope, NOW)).toBe(everyOpenParcel(scope).size);
  });

  it('lets a parcel go once someone dealt with it after its reasons began', () => {
    const before = countExceptionQueue(db, admin, NOW);
    const entry = queueEntries(db, admin, NOW)[0]!;
    db.updateOrder(
      entry.row.id,
      (draft) => {
        draft.shipment!.resolution = {
          action: 'resolve',
          at: NOW,
          by: null,
          note: '已处理',
          kinds: entry.kinds,
        };
      },
      { at: NOW, by: null },
    );
    expect(countExceptionQueue(db, admin, NOW)).toBe(before - 1);
    expect(page(admin, { q: entry.row.number }).total).toBe(0);
  });
});
