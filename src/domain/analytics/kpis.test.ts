import { describe, expect, it } from 'vitest';
import { averageTransitDays, emptySums, kpiFigures, ratio, type OrderSums } from './kpis';

const DAY = 86_400_000;
const sums = (partial: Partial<OrderSums>): OrderSums => ({ ...emptySums(), ...partial });

describe('ratio', () => {
  it.each([
    [1, 4, 0.25],
    [0, 4, 0],
    [3, 0, 0],
    [0, 0, 0],
    [5, 4, 1],
    [-1, 4, 0],
  ])('%i / %i → %d', (part, whole, expected) => {
    expect(ratio(part, whole)).toBe(expected);
  });
});

describe('kpiFigures', () => {
  it('is all zeros without any order', () => {
    expect(kpiFigures(emptySums())).toEqual({
      gmvFen: 0,
      orders: 0,
      averageOrderValueFen: 0,
      cancellationRate: 0,
      refundRate: 0,
      shippedWithin24hRate: 0,
    });
  });

  it.each([
    // [what, sums, average order value in fen]
    ['GMV over the sold orders', { gmv: 30_000, paid: 3, sold: 3 }, 10_000],
    // 10 paid, 2 of them cancelled, plus 3 cancelled before paying: 8 sold, not 10 - 5.
    [
      'cancelled unpaid orders do not shrink the base',
      { orders: 15, gmv: 80_000, paid: 10, sold: 8, cancelled: 5 },
      10_000,
    ],
    ['rounds half up to the fen', { gmv: 10_001, paid: 2, sold: 2 }, 5_001],
    ['rounds down below a half', { gmv: 10_000, paid: 3, sold: 3 }, 3_333],
    ['nothing sold', { orders: 4, paid: 2, sold: 0, cancelled: 2 }, 0],
  ] as const)('average order value: %s', (_, partial, expected) => {
    expect(kpiFigures(sums(partial)).averageOrderValueFen).toBe(expected);
  });

  it('takes each rate over its own base', () => {
    const figures = kpiFigures(
      sums({
        orders: 20,
        gmv: 150_000,
        paid: 16,
        sold: 15,
        cancelled: 5,
        refunded: 4,
        shipped: 10,
        shippedWithin24h: 7,
      }),
    );
    expect(figures).toEqual({
      gmvFen: 150_000,
      orders: 20,
      averageOrderValueFen: 10_000,
      cancellationRate: 5 / 20,
      refundRate: 4 / 16,
      shippedWithin24hRate: 7 / 10,
    });
  });

  it.each([
    ['cancellation without orders', { cancelled: 0, orders: 0 }, 'cancellationRate'],
    ['refunds without paid orders', { refunded: 0, paid: 0, orders: 3 }, 'refundRate'],
    ['speed without shipments', { shipped: 0, orders: 3, paid: 3 }, 'shippedWithin24hRate'],
  ] as const)('a rate with a zero base is 0: %s', (_, partial, key) => {
    expect(kpiFigures(sums(partial))[key]).toBe(0);
  });
});

describe('averageTransitDays', () => {
  it.each([
    ['nothing delivered', 0, 0, null],
    ['one parcel, two days', 2 * DAY, 1, 2],
    ['rounded to one decimal', 2 * DAY + 3 * DAY + 3 * DAY, 3, 2.7],
    ['half a tenth rounds up', 1.25 * DAY, 1, 1.3],
    ['same day', DAY / 4, 1, 0.3],
  ] as const)('%s', (_, totalMs, delivered, expected) => {
    expect(averageTransitDays(totalMs, delivered)).toBe(expected);
  });
});
