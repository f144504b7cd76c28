import { describe, expect, it } from 'vitest';
import {
  attentionOf,
  attentionStart,
  estimatedDelivery,
  isDelayed,
  isStale,
  openAttention,
  waitBand,
  waitingSince,
  type AttentionKind,
  type TrackedParcel,
  type WaitBand,
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

describe('when each reason began', () => {
  const quiet = parcel({ lastEventAt: NOW - 50 * HOUR, eta: NOW - 3 * HOUR });
  it.each([
    [
      'exception: when the exception came',
      parcel({ tracking: 'exception', exceptionSince: NOW - 7 * HOUR }),
      'exception',
      NOW - 7 * HOUR,
    ],
    [
      'exception without a since: the last event',
      parcel({ tracking: 'exception', lastEventAt: NOW - 9 * HOUR }),
      'exception',
      NOW - 9 * HOUR,
    ],
    [
      'failed: the failed attempt itself',
      parcel({ tracking: 'failed_attempt', lastEventAt: NOW - 4 * HOUR }),
      'failed',
      NOW - 4 * HOUR,
    ],
    ['delayed: the ETA', quiet, 'delayed', NOW - 3 * HOUR],
    ['stale: N hours after the last event', quiet, 'stale', NOW - 26 * HOUR],
  ] as [string, TrackedParcel, AttentionKind, number][])('%s', (_, tracked, kind, start) => {
    expect(attentionStart(tracked, kind, 24)).toBe(start);
  });
});

describe('what is still open after someone dealt with the parcel', () => {
  const lateAndQuiet = parcel({ lastEventAt: NOW - 40 * HOUR, eta: NOW - HOUR });
  // Stale since NOW - 16 h, delayed since NOW - 1 h.
  it.each([
    ['never dealt with', lateAndQuiet, null, ['delayed', 'stale']],
    ['dealt with after both began', lateAndQuiet, NOW - 30 * 60_000, []],
    ['dealt with at the very moment the delay began: covers it', lateAndQuiet, NOW - HOUR, []],
    ['dealt with a millisecond before the delay', lateAndQuiet, NOW - HOUR - 1, ['delayed']],
    ['dealt with when it went stale', lateAndQuiet, NOW - 16 * HOUR, ['delayed']],
    ['dealt with before it went stale', lateAndQuiet, NOW - 16 * HOUR - 1, ['delayed', 'stale']],
    [
      'an exception after the last resolution comes back',
      parcel({
        tracking: 'exception',
        exceptionSince: NOW - 2 * HOUR,
        lastEventAt: NOW - 2 * HOUR,
      }),
      NOW - 5 * HOUR,
      ['exception'],
    ],
    [
      'a resolved exception stays resolved',
      parcel({
        tracking: 'exception',
        exceptionSince: NOW - 5 * HOUR,
        lastEventAt: NOW - 5 * HOUR,
      }),
      NOW - 2 * HOUR,
      [],
    ],
    [
      'a parcel that goes quiet again after being dealt with returns',
      parcel({ lastEventAt: NOW - 30 * HOUR }),
      NOW - 10 * HOUR,
      ['stale'],
    ],
  ] as [string, TrackedParcel, number | null, AttentionKind[]][])(
    '%s',
    (_, tracked, resolvedAt, kinds) => {
      expect(openAttention(tracked, NOW, 24, resolvedAt)).toEqual(kinds);
    },
  );
});

describe('since when it has waited, after a resolution', () => {
  const lateAndQuiet = parcel({ lastEventAt: NOW - 40 * HOUR, eta: NOW - HOUR });
  it.each([
    ['nothing dealt with: the earliest reason', null, NOW - 16 * HOUR],
    ['the stale part dealt with: since the delay', NOW - 10 * HOUR, NOW - HOUR],
    ['all dealt with: not waiting', NOW - 1, null],
  ] as [string, number | null, number | null][])('%s', (_, resolvedAt, since) => {
    expect(waitingSince(lateAndQuiet, NOW, 24, resolvedAt)).toBe(since);
  });
});

describe('age bands', () => {
  it.each([
    [0, 'under_24h'],
    [DAY - 1, 'under_24h'],
    [DAY, 'one_to_three_days'],
    [3 * DAY - 1, 'one_to_three_days'],
    [3 * DAY, 'over_three_days'],
    [30 * DAY, 'over_three_days'],
  ] as [number, WaitBand][])('waited %d ms: %s', (waited, band) => {
    expect(waitBand(NOW - waited, NOW)).toBe(band);
  });
});
