const HOUR = 3_600_000;

/**
 * Time from payment to the parcel leaving, in buckets of hours. Each bucket holds durations
 * above the previous bucket's limit up to and including its own, so "within 24 hours" is
 * exactly the first three.
 */
export const SHIP_LATENCY_BUCKETS = ['0-6', '6-12', '12-24', '24-48', '48-72', '72+'] as const;
export type ShipLatencyBucket = (typeof SHIP_LATENCY_BUCKETS)[number];

const UPPER_HOURS: Record<ShipLatencyBucket, number> = {
  '0-6': 6,
  '6-12': 12,
  '12-24': 24,
  '24-48': 48,
  '48-72': 72,
  '72+': Infinity,
};

export const SHIPPED_WITHIN_HOURS = 24;

export function shipLatencyBucket(paidAt: number, shippedAt: number): ShipLatencyBucket {
  const elapsed = shippedAt - paidAt;
  return SHIP_LATENCY_BUCKETS.find((bucket) => elapsed <= UPPER_HOURS[bucket] * HOUR) ?? '72+';
}

export function shippedWithin24h(paidAt: number, shippedAt: number): boolean {
  return shippedAt - paidAt <= SHIPPED_WITHIN_HOURS * HOUR;
}

/** The hours a bucket spans: (from, to], `to` null for the open last bucket. */
export function bucketHours(bucket: ShipLatencyBucket): { from: number; to: number | null } {
  const index = SHIP_LATENCY_BUCKETS.indexOf(bucket);
  const previous = SHIP_LATENCY_BUCKETS[index - 1];
  const to = UPPER_HOURS[bucket];
  return { from: previous ? UPPER_HOURS[previous] : 0, to: Number.isFinite(to) ? to : null };
}
