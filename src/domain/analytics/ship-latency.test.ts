import { describe, expect, it } from 'vitest';
import {
  SHIP_LATENCY_BUCKETS,
  bucketHours,
  shipLatencyBucket,
  shippedWithin24h,
  type ShipLatencyBucket,
} from './ship-latency';

const HOUR = 3_600_000;
const PAID = Date.parse('2026-11-01T10:00:00Z');

describe('shipLatencyBucket', () => {
  // Each bucket holds (previous limit, its limit]: the limit itself belongs to the lower bucket.
  const BOUNDARIES: [string, number, ShipLatencyBucket][] = [
    ['at once', 0, '0-6'],
    ['1 ms', 1, '0-6'],
    ['exactly 6 h', 6 * HOUR, '0-6'],
    ['6 h + 1 ms', 6 * HOUR + 1, '6-12'],
    ['exactly 12 h', 12 * HOUR, '6-12'],
    ['12 h + 1 ms', 12 * HOUR + 1, '12-24'],
    ['exactly 24 h', 24 * HOUR, '12-24'],
    ['24 h + 1 ms', 24 * HOUR + 1, '24-48'],
    ['exactly 48 h', 48 * HOUR, '24-48'],
    ['48 h + 1 ms', 48 * HOUR + 1, '48-72'],
    ['exactly 72 h', 72 * HOUR, '48-72'],
    ['72 h + 1 ms', 72 * HOUR + 1, '72+'],
    ['ten days', 240 * HOUR, '72+'],
  ];

  it.each(BOUNDARIES)('%s after payment → %s', (_, elapsed, bucket) => {
    expect(shipLatencyBucket(PAID, PAID + elapsed)).toBe(bucket);
  });
});

describe('shippedWithin24h', () => {
  it.each([
    [0, true],
    [23 * HOUR, true],
    [24 * HOUR, true],
    [24 * HOUR + 1, false],
    [72 * HOUR, false],
  ])('%i ms after payment: %s', (elapsed, within) => {
    expect(shippedWithin24h(PAID, PAID + elapsed)).toBe(within);
  });

  it('is exactly the first three buckets', () => {
    for (const elapsed of [0, 6 * HOUR, 12 * HOUR + 1, 24 * HOUR, 24 * HOUR + 1, 50 * HOUR]) {
      const bucket = shipLatencyBucket(PAID, PAID + elapsed);
      expect(shippedWithin24h(PAID, PAID + elapsed)).toBe(
        ['0-6', '6-12', '12-24'].includes(bucket),
      );
    }
  });
});

describe('bucketHours', () => {
  it.each([
    ['0-6', 0, 6],
    ['6-12', 6, 12],
    ['12-24', 12, 24],
    ['24-48', 24, 48],
    ['48-72', 48, 72],
    ['72+', 72, null],
  ] as const)('%s spans (%i, %s] hours', (bucket, from, to) => {
    expect(bucketHours(bucket)).toEqual({ from, to });
  });

  it('covers every bucket, each starting where the previous ends', () => {
    const spans = SHIP_LATENCY_BUCKETS.map(bucketHours);
    spans.slice(1).forEach((span, i) => expect(span.from).toBe(spans[i]?.to));
  });
});
