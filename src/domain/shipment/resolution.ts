import type { ExceptionKind, TrackingStatus } from './tracking';

/** What staff can do about a parcel in the exceptions queue; each is recorded on the order. */
export const RESOLUTION_ACTIONS = ['contact', 'reship', 'refund', 'coupon', 'resolve'] as const;
export type ResolutionAction = (typeof RESOLUTION_ACTIONS)[number];

/**
 * Parcels that will not reach the customer as they are: a replacement is worth sending. A customs
 * hold is waited out, and a delivered parcel needs none.
 */
const RESHIP_AFTER: readonly ExceptionKind[] = ['lost', 'damaged', 'refused', 'returned_to_sender'];

export function canReship(
  parcel: { tracking: TrackingStatus; exceptionKind: ExceptionKind | null },
  stale: boolean,
): boolean {
  if (parcel.tracking === 'exception')
    return parcel.exceptionKind !== null && RESHIP_AFTER.includes(parcel.exceptionKind);
  return stale && parcel.tracking !== 'delivered';
}

/** What can still be refunded: what was paid less what was refunded already (fen). */
export function refundableAmount(paid: number, refunded: number): number {
  return Math.max(0, paid - refunded);
}

export type RefundProblem = 'not_paid' | 'not_positive' | 'over_refundable';

/** Why a refund of `amount` fen cannot be made, or null when it can. */
export function refundProblem(
  amount: number,
  paid: number,
  refunded: number,
): RefundProblem | null {
  if (paid <= 0) return 'not_paid';
  if (!Number.isInteger(amount) || amount <= 0) return 'not_positive';
  if (amount > refundableAmount(paid, refunded)) return 'over_refundable';
  return null;
}

/** The payment status after refunds totalling `refunded` fen of `paid`. */
export function paymentStatusAfterRefund(
  paid: number,
  refunded: number,
): 'paid' | 'partially_refunded' | 'refunded' {
  if (refunded <= 0) return 'paid';
  return refunded >= paid ? 'refunded' : 'partially_refunded';
}

/**
 * A goodwill coupon is at most half the order and never more than ¥200: more than that is a
 * refund, which has its own approval in finance.
 */
export const COUPON_CAP_FEN = 20_000;

export function maxCoupon(orderTotal: number): number {
  return Math.min(COUPON_CAP_FEN, Math.floor(orderTotal / 2));
}

export type CouponProblem = 'not_positive' | 'over_limit';

export function couponProblem(amount: number, orderTotal: number): CouponProblem | null {
  if (!Number.isInteger(amount) || amount <= 0) return 'not_positive';
  if (amount > maxCoupon(orderTotal)) return 'over_limit';
  return null;
}

/**
 * Sending a replacement takes stock and a waybill from a warehouse, so it is for the people who
 * run one; anyone who looks after the order may talk to the customer, refund or compensate.
 */
export function canResolveWith(
  role: 'store_staff' | 'warehouse' | 'manager' | 'admin',
  action: ResolutionAction,
): boolean {
  if (action === 'reship') return role !== 'store_staff';
  if (action === 'refund' || action === 'coupon') return role !== 'warehouse';
  return true;
}
