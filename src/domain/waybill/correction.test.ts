import { describe, expect, it } from 'vitest';
import type { Role } from '../access';
import type { OrderStatus } from '../order/status';
import {
  CORRECTION_REASON_MAX,
  correctionReasonProblem,
  mayCorrectWaybill,
  roleMayCorrectWaybills,
  waybillCorrectionRefusal,
  type CorrectionRefusal,
} from './correction';

const shippedFromShanghai = { status: 'shipped' as const, shippedFrom: 'loc-wh-sh' };

describe('who may correct a waybill', () => {
  it.each<[Role, string[], CorrectionRefusal | null]>([
    ['warehouse', ['loc-wh-sh'], null],
    ['warehouse', ['loc-wh-gz', 'loc-wh-sh'], null],
    ['warehouse', ['loc-wh-gz'], 'forbidden'],
    ['warehouse', [], 'forbidden'],
    ['admin', [], null],
    ['store_staff', ['loc-wh-sh'], 'forbidden'],
    ['manager', [], 'forbidden'],
  ])('%s at %j: %s', (role, locationIds, expected) => {
    expect(waybillCorrectionRefusal({ role, locationIds }, shippedFromShanghai)).toBe(expected);
    expect(mayCorrectWaybill({ role, locationIds }, shippedFromShanghai)).toBe(expected === null);
  });

  it.each<OrderStatus>([
    'unpaid',
    'pending_review',
    'on_hold',
    'approved',
    'allocated',
    'delivered',
    'completed',
    'cancelled',
  ])('not when the order is %s', (status) => {
    const admin = { role: 'admin' as const, locationIds: [] };
    expect(waybillCorrectionRefusal(admin, { status, shippedFrom: 'loc-wh-sh' })).toBe(
      'wrong_state',
    );
  });

  it.each<[Role, boolean]>([
    ['store_staff', false],
    ['warehouse', true],
    ['manager', false],
    ['admin', true],
  ])('%s may correct some waybills: %s', (role, expected) => {
    expect(roleMayCorrectWaybills(role)).toBe(expected);
  });

  it('a wrong state wins over a wrong role', () => {
    const store = { role: 'store_staff' as const, locationIds: [] };
    expect(waybillCorrectionRefusal(store, { status: 'allocated', shippedFrom: null })).toBe(
      'wrong_state',
    );
  });

  it('not without a shipment to correct', () => {
    const admin = { role: 'admin' as const, locationIds: [] };
    expect(waybillCorrectionRefusal(admin, { status: 'shipped', shippedFrom: null })).toBe(
      'wrong_state',
    );
  });
});

describe('the reason of a correction', () => {
  it.each([
    ['面单贴错包裹', null],
    ['  scanned the wrong label ', null],
    ['x', null],
    ['', 'reason_missing'],
    ['   ', 'reason_missing'],
    ['\u3000\t', 'reason_missing'],
    ['…!?', 'reason_missing'],
    ['字'.repeat(CORRECTION_REASON_MAX), null],
    ['字'.repeat(CORRECTION_REASON_MAX + 1), 'reason_too_long'],
    [`  ${'a'.repeat(CORRECTION_REASON_MAX)}  `, null],
  ])('%j: %s', (reason, expected) => {
    expect(correctionReasonProblem(reason)).toBe(expected);
  });
});
