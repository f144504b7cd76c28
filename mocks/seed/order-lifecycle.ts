import type { CancelReason, HoldReason } from '@/domain/order/status';
import type { Carrier } from '@/domain/waybill/carriers';
import type { OrderRow } from '../db/types';
import { DAY, HOUR } from '../db/time';
import { isAutoApproved, reviewerFor, warehouseActorFor } from './actors';
import type { MakeOrderInput, PlacedOrder } from './order-draw';
import type { Rng } from './prng';
import { WAREHOUSE_FOR_REGION } from './reference';
import { weightedChoice } from './sampler';
import { makeShipment } from './shipments';

const MINUTE = 60_000;
/** Days after delivery before an order completes (the after-sale window). */
export const AFTER_SALE_DAYS = 7;

const CARRIERS: readonly Carrier[] = [
  'SF',
  'JD',
  'ZTO',
  'YTO',
  'STO',
  'YUNDA',
  'EMS',
  'JT',
  'DEPPON',
];
const CARRIER_WEIGHTS = [25, 15, 15, 12, 8, 10, 7, 6, 2];
const HOLD_REASONS: readonly HoldReason[] = [
  'payment_check',
  'address_problem',
  'out_of_stock',
  'customer_request',
  'other',
];
const HOLD_WEIGHTS = [20, 25, 20, 25, 10];
const CANCEL_REASONS: readonly CancelReason[] = [
  'customer_request',
  'out_of_stock',
  'suspected_fraud',
  'duplicate_order',
  'address_unreachable',
];
const CANCEL_WEIGHTS = [60, 15, 10, 10, 5];
const drawCarrier = weightedChoice(CARRIERS, CARRIER_WEIGHTS);
const drawCancelReason = weightedChoice(CANCEL_REASONS, CANCEL_WEIGHTS);

/**
 * Moves a placed order along the usual path (paid, maybe held, reviewed, allocated, shipped,
 * delivered, completed) as far as it got by `now`, or cancels it on the way. Each step's time
 * is drawn from the previous one; the order stops at the first step still in the future.
 */
export function moveAlong(placed: PlacedOrder, rng: Rng, input: MakeOrderInput): OrderRow {
  const { row, store } = placed;
  const { riskFlags } = row;
  const { orderSeed, placedAt, now, storeIndex } = input;

  // Payment: most pay within minutes; some never do and time out after 30 minutes.
  if (rng.chance(0.06)) {
    if (now - placedAt > 30 * MINUTE) {
      row.status = 'cancelled';
      row.cancellation = { reason: 'unpaid_timeout', at: placedAt + 30 * MINUTE, note: '' };
      return stamp(row, row.cancellation.at, null);
    }
    return row;
  }
  const paidAt =
    placedAt + (rng.chance(0.8) ? rng.int(20_000, 5 * MINUTE) : rng.int(5 * MINUTE, 25 * MINUTE));
  if (paidAt > now) return row;
  row.paidAt = paidAt;
  row.paymentMethod = placed.paymentMethod;
  row.paymentStatus = 'paid';
  row.status = 'pending_review';
  stamp(row, paidAt, null);

  const cancelAt = rng.chance(0.025) ? paidAt + rng.int(10 * MINUTE, 2 * DAY) : Infinity;

  const flagged = riskFlags.length > 0;
  const held = rng.chance(flagged ? 0.3 : 0.05);
  let reviewedAt: number;
  if (held) {
    const reason: HoldReason = riskFlags.includes('incomplete_address')
      ? 'address_problem'
      : riskFlags.length > 0
        ? rng.weighted(['suspected_fraud', 'payment_check'] as const, [70, 30])
        : rng.weighted(HOLD_REASONS, HOLD_WEIGHTS);
    const heldAt = paidAt + rng.int(MINUTE, HOUR);
    const releasedAt = heldAt + rng.int(2 * HOUR, 4 * DAY);
    if (cancelAt <= Math.min(now, releasedAt)) return cancelPaid(row, rng, cancelAt);
    if (heldAt > now) return row;
    const by =
      reason === 'payment_check' || reason === 'suspected_fraud'
        ? null
        : reviewerFor(storeIndex, orderSeed);
    if (releasedAt > now) {
      row.status = 'on_hold';
      row.hold = { reason, at: heldAt, note: '', by };
      return stamp(row, heldAt, by);
    }
    row.pastHold = { reason, at: heldAt, releasedAt };
    stamp(row, heldAt, by);
    stamp(row, releasedAt, reviewerFor(storeIndex, orderSeed));
    reviewedAt = releasedAt + rng.int(5 * MINUTE, 2 * HOUR);
  } else {
    // A flagged order is never approved automatically, and reviewers take longer over it.
    reviewedAt =
      paidAt +
      (flagged
        ? rng.int(HOUR, 30 * HOUR)
        : isAutoApproved(orderSeed)
          ? MINUTE
          : rng.int(10 * MINUTE, 30 * HOUR));
  }
  if (cancelAt <= Math.min(now, reviewedAt)) return cancelPaid(row, rng, cancelAt);
  if (reviewedAt > now) return row;
  row.reviewedAt = reviewedAt;
  row.status = 'approved';
  stamp(
    row,
    reviewedAt,
    isAutoApproved(orderSeed) && !held && !flagged ? null : reviewerFor(storeIndex, orderSeed),
  );

  const allocatedAt = reviewedAt + rng.int(30 * MINUTE, 30 * HOUR);
  if (cancelAt <= Math.min(now, allocatedAt)) return cancelPaid(row, rng, cancelAt);
  if (allocatedAt > now) return row;
  const storeShips = store.shipsFromLocationId !== null && placed.localCustomer && rng.chance(0.6);
  const locationId =
    storeShips && store.shipsFromLocationId
      ? store.shipsFromLocationId
      : WAREHOUSE_FOR_REGION[placed.region];
  const carrier: Carrier =
    placed.weightGrams > 10_000 && rng.chance(0.4) ? 'DEPPON' : drawCarrier(rng);
  row.allocatedAt = allocatedAt;
  row.locationId = locationId;
  row.carrier = carrier;
  row.status = 'allocated';
  stamp(row, allocatedAt, warehouseActorFor(locationId));

  const shippedAt = allocatedAt + rng.int(HOUR, 36 * HOUR);
  if (cancelAt <= Math.min(now, shippedAt)) return cancelPaid(row, rng, cancelAt);
  if (shippedAt > now) return row;
  return ship(row, rng, input, { locationId, carrier, region: placed.region, shippedAt });
}

/** The parcel leaves at `shippedAt`; what became of it by now decides the order's last steps. */
function ship(
  row: OrderRow,
  rng: Rng,
  input: MakeOrderInput,
  parcel: {
    locationId: string;
    carrier: Carrier;
    region: PlacedOrder['region'];
    shippedAt: number;
  },
): OrderRow {
  const { now } = input;
  const { locationId, shippedAt } = parcel;
  const shipment = makeShipment(
    rng,
    row,
    locationId,
    parcel.carrier,
    parcel.region,
    shippedAt,
    now,
    input.nextParcel(),
  );
  row.shipment = shipment;
  row.status = 'shipped';
  stamp(row, shippedAt, warehouseActorFor(locationId));
  if (shipment.exception) {
    if (
      shipment.exception.kind !== 'customs_hold' &&
      shipment.exception.kind !== 'damaged' &&
      rng.chance(0.5)
    ) {
      row.paymentStatus = 'refunded';
    }
    if (!row.tagIds.includes('tag-complaint') && rng.chance(0.4)) row.tagIds.push('tag-complaint');
    return row;
  }
  if (shipment.deliveredAt === null) return row;
  row.status = 'delivered';
  stamp(row, shipment.deliveredAt, null);
  if (rng.chance(0.015)) row.paymentStatus = 'partially_refunded';
  const completedAt = shipment.deliveredAt + AFTER_SALE_DAYS * DAY;
  if (completedAt <= now) {
    row.status = 'completed';
    stamp(row, completedAt, null);
  }
  return row;
}

function cancelPaid(row: OrderRow, rng: Rng, at: number): OrderRow {
  row.status = 'cancelled';
  row.hold = null;
  row.paymentStatus = 'refunded';
  row.cancellation = { reason: drawCancelReason(rng), at, note: '' };
  return stamp(row, at, reviewerFor(row.storeIndex, row.seed));
}

function stamp(row: OrderRow, at: number, by: OrderRow['updatedBy']): OrderRow {
  row.version += 1;
  row.updatedAt = at;
  row.updatedBy = by;
  return row;
}

/** Orders every store has waiting for review at any hour: reviewers never clear a queue to zero. */
export const REVIEW_BACKLOG_PER_STORE = 6;

/**
 * Puts a store's newest approved orders back into review until it has its backlog, leaving it at
 * least one recently approved order (so a small seed still has some). Without this the
 * queue's length would follow the hour of the day the seed is made at, down to one or two orders
 * after a quiet night. `newestFirst` is the rows sorted by placedAt, descending.
 */
export function keepReviewBacklog(
  newestFirst: OrderRow[],
  perStore = REVIEW_BACKLOG_PER_STORE,
): void {
  // Only the last two days' orders: a backlog is recent work, not last month's.
  const since = (newestFirst[0]?.placedAt ?? 0) - 2 * DAY;
  const recent = newestFirst.filter((row) => row.placedAt >= since);
  const canReturn = (row: OrderRow) =>
    row.status === 'approved' && !row.pastHold && row.paidAt !== null;
  const needed = new Map<number, number>();
  for (const row of recent) {
    const store = row.storeIndex;
    if (!needed.has(store)) {
      const waiting = recent.filter((r) => r.storeIndex === store && r.status === 'pending_review');
      const returnable = recent.filter((r) => r.storeIndex === store && canReturn(r));
      needed.set(
        store,
        Math.min(Math.max(0, perStore - waiting.length), Math.max(0, returnable.length - 1)),
      );
    }
    const need = needed.get(store) ?? 0;
    if (need === 0 || !canReturn(row) || row.paidAt === null) continue;
    row.status = 'pending_review';
    row.reviewedAt = null;
    row.version -= 1;
    row.updatedAt = row.paidAt;
    row.updatedBy = null;
    needed.set(store, need - 1);
  }
}
