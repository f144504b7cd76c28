import { describe, expect, it } from 'vitest';
import {
  attentionOf,
  estimatedDelivery,
  isDelayed,
  isStale,
  waitingSince,
  type TrackedParcel,
} from './attention';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 23, 4, 0);

function parcel(overrides: Partial<TrackedParcel> = {}): TrackedParcel {
  return {
    tracking: 'in_transit',
    lastEventAt: NOW - 2 * HOUR,
    eta: NOW + DAY,
    exceptionSince: null,
    ...overrides,
  };
}

describe('estimated delivery', () => {
  it.each([
    ['SF', true, 1],
    ['SF', false, 2],
    ['ZTO', false, 4],
    ['EMS', false, 5],
    ['USPS', true, 5],
  ] as const)('%s, same region %s: %d days after shipping', (carrier, sameRegion, days) => {
    expect(estimatedDelivery(NOW, carrier, sameRegion)).toBe(NOW + days * DAY);
  });
});

describe('stale: no event for N hours while open', () => {
  it.each([
    ['just under N hours', 'in_transit', 24 * HOUR - 1, false],
    ['exactly N hours', 'in_transit', 24 * HOUR, true],
    ['over N hours', 'out_for_delivery', 30 * HOUR, true],
    ['waiting at a pickup point', 'available_for_pickup', 30 * HOUR, true],
    ['delivered long ago', 'delivered', 30 * DAY, false],
    ['already an exception', 'exception', 30 * HOUR, false],
    ['expired', 'expired', 30 * HOUR, false],
  ] as const)('%s', (_, tracking, silence, stale) => {
    expect(isStale(parcel({ tracking, lastEventAt: NOW - silence }), NOW, 24)).toBe(stale);
  });
});

describe('delayed: past the estimated delivery while open', () => {
  it.each([
    ['at the ETA itself', 'in_transit', NOW, false],
    ['a millisecond past it', 'in_transit', NOW - 1, true],
    ['out for delivery, a day late', 'out_for_delivery', NOW - DAY, true],
    ['delivered late', 'delivered', NOW - DAY, false],
    ['before the ETA', 'in_transit', NOW + 1, false],
  ] as const)('%s', (_, tracking, eta, delayed) => {
    expect(isDelayed(parcel({ tracking, eta }), NOW)).toBe(delayed);
  });
});

describe('what needs attention, and since when', () => {
  it.each([
    ['on its way, on time', parcel(), [], null],
    [
      'an exception',
      parcel({
        tracking: 'exception',
        exceptionSince: NOW - 5 * HOUR,
        lastEventAt: NOW - 5 * HOUR,
      }),
      ['exception'],
      NOW - 5 * HOUR,
    ],
    [
      'a failed attempt, also late',
      parcel({ tracking: 'failed_attempt', lastEventAt: NOW - 3 * HOUR, eta: NOW - 10 * HOUR }),
      ['failed', 'delayed'],
      NOW - 10 * HOUR,
    ],
    [
      'late and silent',
      parcel({ lastEventAt: NOW - 40 * HOUR, eta: NOW - HOUR }),
      ['delayed', 'stale'],
      NOW - 16 * HOUR,
    ],
    ['delivered', parcel({ tracking: 'delivered', eta: NOW - DAY }), [], null],
  ] as const)('%s', (_, tracked, kinds, since) => {
    expect(attentionOf(tracked, NOW, 24)).toEqual(kinds);
    expect(waitingSince(tracked, NOW, 24)).toBe(since);
  });
});
