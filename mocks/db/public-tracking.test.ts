// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { PublicTracking } from '@/api/contract';
import { FAILURE_WINDOW_MS } from '@/domain/shipment/public-lookup';
import { PUBLIC_STEPS } from '@/domain/shipment/tracking';
import { verifyTrackingToken } from '../handlers/tracking-token';
import { generateSeed } from '../seed';
import { MockDb } from './database';
import {
  FailureLog,
  HARD_FAILURE_LIMIT,
  findOrderForLookup,
  toPublicTracking,
} from './public-tracking';

const NOW = Date.parse('2026-11-22T06:00:00Z');
const data = generateSeed({ seed: 7, orders: 1_500, now: NOW });
const db = new MockDb(data);

const withEmail = db.orders.find((o) => o.shipment && db.customerOf(o).email !== null)!;
const customer = db.customerOf(withEmail);
const lastFour = customer.phone.slice(-4);

describe('findOrderForLookup', () => {
  it.each([
    ['the e-mail', { email: customer.email! }, true],
    ['the e-mail in capitals with spaces', { email: ` ${customer.email!.toUpperCase()} ` }, true],
    ['the last four digits of the phone', { phoneLast4: lastFour }, true],
    ['another e-mail', { email: `x${customer.email!}` }, false],
    ['other digits', { phoneLast4: lastFour === '0000' ? '0001' : '0000' }, false],
  ])('finds the order by its number and %s: %s', (_, proof, found) => {
    expect(findOrderForLookup(db, { orderNumber: withEmail.number, ...proof })?.id).toBe(
      found ? withEmail.id : undefined,
    );
  });

  it('forgives spaces, dashes and lower case in the number', () => {
    const typed = `${withEmail.number.slice(0, 6).toLowerCase()}-${withEmail.number.slice(6)} `;
    expect(findOrderForLookup(db, { orderNumber: typed, phoneLast4: lastFour })?.id).toBe(
      withEmail.id,
    );
  });

  it('knows nothing of a number that does not exist, whatever the proof', () => {
    expect(findOrderForLookup(db, { orderNumber: 'SO209901010000', phoneLast4: lastFour })).toBe(
      null,
    );
    expect(findOrderForLookup(db, { orderNumber: 'SO209901010000', phoneLast4: '0000' })).toBe(
      null,
    );
  });

  it('accepts the phone on a corrected shipping address as well as the customer’s', () => {
    const corrected = new MockDb(data);
    const row = corrected.updateOrder(
      withEmail.id,
      (draft) => {
        draft.address = {
          recipient: '李雷',
          phone: '13900004321',
          province: '浙江省',
          city: '杭州市',
          district: '西湖区',
          detail: '文三路100号',
        };
      },
      { at: NOW, by: null },
    );
    for (const phoneLast4 of ['4321', lastFour])
      expect(findOrderForLookup(corrected, { orderNumber: row.number, phoneLast4 })?.id).toBe(
        row.id,
      );
  });
});

describe('toPublicTracking', () => {
  it('shows the parcels and what was bought, and nothing that identifies the customer', () => {
    const page = PublicTracking.parse(toPublicTracking(db, withEmail, NOW));
    expect(page.orderNumber).toBe(withEmail.number);
    expect(page.items.reduce((n, item) => n + item.quantity, 0)).toBeGreaterThan(0);
    expect(page.parcels).toHaveLength(1);
    const text = JSON.stringify(page);
    for (const secret of [customer.name, customer.phone, customer.email!, customer.detail])
      expect(text).not.toContain(secret);
  });

  it('lists events newest first and takes its step from the parcel', () => {
    const page = toPublicTracking(db, withEmail, NOW);
    const [parcel] = page.parcels;
    const times = parcel!.events.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(page.step).toBe(parcel!.step);
    expect(PUBLIC_STEPS).toContain(page.step);
  });

  it('says delivered for a delivered order and confirmed before anything shipped', () => {
    const delivered = db.orders.find((o) => o.status === 'delivered')!;
    expect(toPublicTracking(db, delivered, NOW).step).toBe('delivered');
    const waiting = db.orders.find((o) => o.shipment === null && o.status !== 'cancelled')!;
    expect(toPublicTracking(db, waiting, NOW)).toMatchObject({
      step: 'confirmed',
      parcels: [],
      cancelled: false,
    });
    const cancelled = db.orders.find((o) => o.status === 'cancelled')!;
    expect(toPublicTracking(db, cancelled, NOW).cancelled).toBe(true);
  });

  it('carries a token that opens the same order', () => {
    const { token } = toPublicTracking(db, withEmail, NOW);
    expect(verifyTrackingToken(token, NOW + 60_000)).toBe(withEmail.id);
  });
});

describe('FailureLog', () => {
  it('counts a client’s failures over the window only', () => {
    const log = new FailureLog();
    log.record('a', NOW);
    log.record('a', NOW + 1_000);
    log.record('b', NOW + 1_000);
    expect(log.recent('a', NOW + 2_000)).toBe(2);
    expect(log.recent('a', NOW + FAILURE_WINDOW_MS)).toBe(1);
    expect(log.recent('a', NOW + FAILURE_WINDOW_MS + 1_000)).toBe(0);
    expect(log.recent('c', NOW)).toBe(0);
  });

  it('blocks a client past the hard limit until its oldest failures leave the window', () => {
    const log = new FailureLog();
    for (let i = 0; i < HARD_FAILURE_LIMIT - 1; i += 1) log.record('a', NOW + i * 1_000);
    expect(log.blockedFor('a', NOW + 60_000)).toBe(0);
    log.record('a', NOW + 60_000);
    expect(log.blockedFor('a', NOW + 60_000)).toBe(FAILURE_WINDOW_MS - 60_000);
    expect(log.blockedFor('a', NOW + FAILURE_WINDOW_MS)).toBe(0);
  });
});
