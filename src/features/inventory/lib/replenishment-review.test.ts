import { describe, expect, it } from 'vitest';
import type { ReplenishmentLine } from '@/api/contract/inventory';
import { createReviewStore, reviewStorageKey } from './replenishment-review';

function line(productId: string, suggestedQuantity: number): ReplenishmentLine {
  return {
    productId,
    sku: `SKU-${productId}`,
    productName: '保温杯',
    category: '家居',
    locationId: 'loc-wh-sh',
    locationName: '上海青浦仓',
    available: 2,
    reorderPoint: 10,
    targetCoverDays: 14,
    velocity: 1,
    daysOfCover: 2,
    suggestedQuantity,
    status: 'low',
    transfer: null,
  };
}

describe('replenishment review', () => {
  it('starts a ticked line at its suggestion, keeps an edited quantity, drops an unticked line', () => {
    const store = createReviewStore('u1');
    store.getState().setReviewed([line('a', 12), line('b', 5)], true);
    store.getState().setQuantity('a@loc-wh-sh', 20);
    expect(store.getState().lines['a@loc-wh-sh']?.quantity).toBe(20);
    expect(store.getState().lines['b@loc-wh-sh']?.quantity).toBe(5);

    // Ticking again does not reset what was set.
    store.getState().setReviewed([line('a', 12)], true);
    expect(store.getState().lines['a@loc-wh-sh']?.quantity).toBe(20);

    store.getState().setReviewed([line('b', 5)], false);
    expect(Object.keys(store.getState().lines)).toEqual(['a@loc-wh-sh']);
  });

  it('takes newer figures: an edited quantity stays, an untouched one follows the suggestion', () => {
    const store = createReviewStore('u1');
    store.getState().setReviewed([line('a', 12), line('b', 5)], true);
    store.getState().setQuantity('a@loc-wh-sh', 20);
    store.getState().refresh([line('a', 15), line('b', 8)]);
    expect(store.getState().lines['a@loc-wh-sh']).toMatchObject({ quantity: 20 });
    expect(store.getState().lines['a@loc-wh-sh']?.line.suggestedQuantity).toBe(15);
    expect(store.getState().lines['b@loc-wh-sh']?.quantity).toBe(8);
  });

  it("is kept in this tab's sessionStorage, per user, and ignores what does not read", () => {
    const first = createReviewStore('u1');
    first.getState().setReviewed([line('a', 12)], true);
    first.getState().setQuantity('a@loc-wh-sh', 30);

    expect(createReviewStore('u1').getState().lines['a@loc-wh-sh']?.quantity).toBe(30);
    expect(createReviewStore('u2').getState().lines).toEqual({});

    sessionStorage.setItem(
      reviewStorageKey('u3'),
      JSON.stringify({ state: { lines: { x: { line: { sku: 1 }, quantity: -1 } } }, version: 1 }),
    );
    expect(createReviewStore('u3').getState().lines).toEqual({});
  });
});
