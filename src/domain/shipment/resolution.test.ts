import { describe, expect, it } from 'vitest';
import {
  COUPON_CAP_FEN,
  RESOLUTION_ACTIONS,
  canReship,
  canResolveWith,
  couponProblem,
  maxCoupon,
  paymentStatusAfterRefund,
  refundProblem,
  refundableAmount,
} from './resolution';

describe('a replacement is worth sending', () => {
  it.each([
    ['a lost parcel', 'exception', 'lost', false, true],
    ['a damaged parcel', 'exception', 'damaged', false, true],
    ['a refused parcel', 'exception', 'refused', false, true],
    ['a parcel returned to the sender', 'exception', 'returned_to_sender', false, true],
    ['a customs hold is waited out', 'exception', 'customs_hold', false, false],
    ['a customs hold that went quiet', 'exception', 'customs_hold', true, false],
    ['an exception of no known kind', 'exception', null, true, false],
    ['a parcel on its way, not quiet', 'in_transit', null, false, false],
    ['a parcel on its way that went quiet', 'in_transit', null, true, true],
    ['a parcel never collected that went quiet', 'info_received', null, true, true],
    ['a failed attempt, not quiet', 'failed_attempt', null, false, false],
    ['a parcel at a pickup point that went quiet', 'available_for_pickup', null, true, true],
    ['a delivered parcel, however quiet', 'delivered', null, true, false],
  ] as const)('%s', (_, tracking, exceptionKind, stale, expected) => {
    expect(canReship({ tracking, exceptionKind }, stale)).toBe(expected);
  });
});

describe('what can still be refunded', () => {
  it.each([
    [10_000, 0, 10_000],
    [10_000, 2_500, 7_500],
    [10_000, 10_000, 0],
    [10_000, 12_000, 0],
    [0, 0, 0],
  ])('paid %d, refunded %d: %d', (paid, refunded, expected) => {
    expect(refundableAmount(paid, refunded)).toBe(expected);
  });
});

describe('why a refund cannot be made', () => {
  it.each([
    ['the whole refundable amount', 7_500, 10_000, 2_500, null],
    ['one fen more than refundable', 7_501, 10_000, 2_500, 'over_refundable'],
    ['one fen', 1, 10_000, 0, null],
    ['the whole order', 10_000, 10_000, 0, null],
    ['anything once all was refunded', 1, 10_000, 10_000, 'over_refundable'],
    ['nothing', 0, 10_000, 0, 'not_positive'],
    ['a negative amount', -100, 10_000, 0, 'not_positive'],
    ['a fraction of a fen', 10.5, 10_000, 0, 'not_positive'],
    ['an unpaid order', 100, 0, 0, 'not_paid'],
    ['an unpaid order, even nothing', 0, 0, 0, 'not_paid'],
  ] as const)('%s', (_, amount, paid, refunded, expected) => {
    expect(refundProblem(amount, paid, refunded)).toBe(expected);
  });
});

describe('payment status after refunds', () => {
  it.each([
    [10_000, 0, 'paid'],
    [10_000, 1, 'partially_refunded'],
    [10_000, 9_999, 'partially_refunded'],
    [10_000, 10_000, 'refunded'],
    [10_000, 10_001, 'refunded'],
  ] as const)('paid %d, refunded %d: %s', (paid, refunded, expected) => {
    expect(paymentStatusAfterRefund(paid, refunded)).toBe(expected);
  });
});

describe('the largest goodwill coupon', () => {
  it.each([
    ['half of a small order', 10_000, 5_000],
    ['half of an odd total, rounded down', 10_001, 5_000],
    ['half of a one-fen order', 1, 0],
    ['exactly at the cap', 2 * COUPON_CAP_FEN, COUPON_CAP_FEN],
    ['one fen below where the cap starts', 2 * COUPON_CAP_FEN - 1, COUPON_CAP_FEN - 1],
    ['a large order is capped', 1_000_000, COUPON_CAP_FEN],
  ])('%s', (_, total, expected) => {
    expect(maxCoupon(total)).toBe(expected);
  });

  it('is ¥200', () => {
    expect(COUPON_CAP_FEN).toBe(20_000);
  });
});

describe('why a coupon cannot be given', () => {
  it.each([
    ['the cap on a large order', COUPON_CAP_FEN, 100_000, null],
    ['one fen over the cap', COUPON_CAP_FEN + 1, 100_000, 'over_limit'],
    ['half of an odd total', 5_000, 10_001, null],
    ['one fen over half of an odd total', 5_001, 10_001, 'over_limit'],
    ['anything on a one-fen order', 1, 1, 'over_limit'],
    ['nothing', 0, 10_000, 'not_positive'],
    ['a negative amount', -1, 10_000, 'not_positive'],
    ['a fraction of a fen', 0.5, 10_000, 'not_positive'],
  ] as const)('%s', (_, amount, total, expected) => {
    expect(couponProblem(amount, total)).toBe(expected);
  });
});

describe('who may resolve a parcel how', () => {
  const table = {
    store_staff: { contact: true, reship: false, refund: true, coupon: true, resolve: true },
    warehouse: { contact: true, reship: true, refund: false, coupon: false, resolve: true },
    manager: { contact: true, reship: true, refund: true, coupon: true, resolve: true },
    admin: { contact: true, reship: true, refund: true, coupon: true, resolve: true },
  } as const;
  const cases = Object.entries(table).flatMap(([role, allowed]) =>
    RESOLUTION_ACTIONS.map(
      (action) => [role as keyof typeof table, action, allowed[action]] as const,
    ),
  );

  it.each(cases)('%s, %s: %s', (role, action, expected) => {
    expect(canResolveWith(role, action)).toBe(expected);
  });
});
