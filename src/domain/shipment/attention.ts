import { TYPICAL_TRANSIT_DAYS, type Carrier } from '../waybill/carriers';
import { isOpenTracking, type TrackingStatus } from './tracking';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Why a shipment needs someone to act before the customer asks. */
export const ATTENTION_KINDS = ['exception', 'failed', 'delayed', 'stale'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/**
 * Hours without a tracking event after which an open parcel counts as stale. Express carriers
 * scan at every hub, economy and freight carriers less often, international parcels least.
 */
export const DEFAULT_STALE_HOURS: Record<Carrier, number> = {
  SF: 24,
  JD: 24,
  ZTO: 36,
  YTO: 36,
  STO: 36,
  YUNDA: 36,
  EMS: 48,
  JT: 36,
  DEPPON: 48,
  UPS: 72,
  DHL: 72,
  FEDEX: 72,
  USPS: 96,
};

/** When a parcel should arrive: the carrier's typical transit time from when it left. */
export function estimatedDelivery(
  shippedAt: number,
  carrier: Carrier,
  sameRegion: boolean,
): number {
  const days = TYPICAL_TRANSIT_DAYS[carrier][sameRegion ? 'sameRegion' : 'crossRegion'];
  return shippedAt + days * DAY;
}

export interface TrackedParcel {
  tracking: TrackingStatus;
  /** The latest tracking event (the shipment itself when there is none yet). */
  lastEventAt: number;
  eta: number;
  exceptionSince: number | null;
}

/** An open parcel with no event for at least `staleHours`. */
export function isStale(parcel: TrackedParcel, now: number, staleHours: number): boolean {
  return isOpenTracking(parcel.tracking) && now - parcel.lastEventAt >= staleHours * HOUR;
}

/** An open parcel past its estimated delivery. */
export function isDelayed(parcel: TrackedParcel, now: number): boolean {
  return isOpenTracking(parcel.tracking) && now > parcel.eta;
}

/** Every reason the parcel needs attention now, most serious first; empty when none. */
export function attentionOf(
  parcel: TrackedParcel,
  now: number,
  staleHours: number,
): AttentionKind[] {
  const kinds: AttentionKind[] = [];
  if (parcel.tracking === 'exception') kinds.push('exception');
  if (parcel.tracking === 'failed_attempt') kinds.push('failed');
  if (isDelayed(parcel, now)) kinds.push('delayed');
  if (isStale(parcel, now, staleHours)) kinds.push('stale');
  return kinds;
}

/**
 * Since when the parcel has needed attention: the earliest moment one of its present reasons
 * applied. The exceptions queue puts the longest waiting first. Null when nothing applies.
 */
export function waitingSince(
  parcel: TrackedParcel,
  now: number,
  staleHours: number,
  resolvedAt: number | null = null,
): number | null {
  const moments = openAttention(parcel, now, staleHours, resolvedAt).map((kind) =>
    attentionStart(parcel, kind, staleHours),
  );
  return moments.length > 0 ? Math.min(...moments) : null;
}

/**
 * The reasons that still need someone: those that began after the parcel was last resolved. A
 * resolved delay does not come back, but a parcel that goes quiet again (a later stale moment) or
 * turns into an exception afterwards returns to the queue.
 */
export function openAttention(
  parcel: TrackedParcel,
  now: number,
  staleHours: number,
  resolvedAt: number | null,
): AttentionKind[] {
  const kinds = attentionOf(parcel, now, staleHours);
  if (resolvedAt === null) return kinds;
  return kinds.filter((kind) => attentionStart(parcel, kind, staleHours) > resolvedAt);
}

/** When one reason began to apply. */
export function attentionStart(
  parcel: TrackedParcel,
  kind: AttentionKind,
  staleHours: number,
): number {
  switch (kind) {
    case 'exception':
      return parcel.exceptionSince ?? parcel.lastEventAt;
    case 'failed':
      return parcel.lastEventAt;
    case 'delayed':
      return parcel.eta;
    case 'stale':
      return parcel.lastEventAt + staleHours * HOUR;
  }
}

/** How long a parcel has waited, in the age bands the exceptions queue filters by. */
export const WAIT_BANDS = ['under_24h', 'one_to_three_days', 'over_three_days'] as const;
export type WaitBand = (typeof WAIT_BANDS)[number];

export function waitBand(since: number, now: number): WaitBand {
  const waited = now - since;
  if (waited < DAY) return 'under_24h';
  if (waited < 3 * DAY) return 'one_to_three_days';
  return 'over_three_days';
}
