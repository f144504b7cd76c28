import { describe, expect, it } from 'vitest';
import { defaultTemplateFor, offeredActions } from './offered-actions';

const PAID = { amount: 5000, currency: 'CNY' as const };

describe('offeredActions', () => {
  it('offers a replacement only to roles that run a warehouse, and only where one is worth sending', () => {
    expect(offeredActions('store_staff', { canReship: true, refundable: PAID })).toEqual([
      'contact',
      'refund',
      'coupon',
      'resolve',
    ]);
    expect(offeredActions('warehouse', { canReship: true, refundable: PAID })).toEqual([
      'contact',
      'reship',
      'resolve',
    ]);
    expect(offeredActions('admin', { canReship: false, refundable: PAID })).toEqual([
      'contact',
      'refund',
      'coupon',
      'resolve',
    ]);
    expect(offeredActions('manager', { canReship: true, refundable: PAID })).toEqual([
      'contact',
      'reship',
      'refund',
      'coupon',
      'resolve',
    ]);
  });

  it('offers no refund once everything paid was refunded', () => {
    expect(
      offeredActions('admin', { canReship: false, refundable: { ...PAID, amount: 0 } }),
    ).toEqual(['contact', 'coupon', 'resolve']);
  });
});

describe('defaultTemplateFor', () => {
  it.each([
    [['exception', 'delayed'], 'exception'],
    [['failed'], 'exception'],
    [['delayed', 'stale'], 'delayed'],
    [['stale'], 'delayed'],
    [[], 'delayed'],
  ] as const)('%o → %s', (kinds, template) => {
    expect(defaultTemplateFor(kinds)).toBe(template);
  });
});
