import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../order/status';
import { FUNNEL_STAGES, furthestStage, reachedStage, type FunnelStage } from './funnel';

/** Every status, unpaid and paid, and how far such an order got. */
const FURTHEST: [OrderStatus, boolean, FunnelStage][] = [
  ['unpaid', false, 'placed'],
  ['unpaid', true, 'paid'],
  ['pending_review', false, 'placed'],
  ['pending_review', true, 'paid'],
  ['on_hold', false, 'placed'],
  ['on_hold', true, 'paid'],
  ['approved', false, 'approved'],
  ['approved', true, 'approved'],
  ['allocated', false, 'approved'],
  ['allocated', true, 'approved'],
  ['shipped', false, 'shipped'],
  ['shipped', true, 'shipped'],
  ['delivered', false, 'delivered'],
  ['delivered', true, 'delivered'],
  ['completed', false, 'delivered'],
  ['completed', true, 'delivered'],
  ['cancelled', false, 'placed'],
  ['cancelled', true, 'paid'],
];

describe('furthestStage', () => {
  it.each(FURTHEST)('%s, paid %s → %s', (status, paid, stage) => {
    expect(furthestStage(status, paid)).toBe(stage);
  });
});

describe('reachedStage', () => {
  // Row: the furthest stage; the string says for each stage (FUNNEL_STAGES order) whether it was passed.
  const PASSED: [FunnelStage, string][] = [
    ['placed', 'Y....'],
    ['paid', 'YY...'],
    ['approved', 'YYY..'],
    ['shipped', 'YYYY.'],
    ['delivered', 'YYYYY'],
  ];
  const cases = PASSED.flatMap(([furthest, row]) =>
    FUNNEL_STAGES.map((stage, i) => [furthest, stage, row[i] === 'Y'] as const),
  );

  it.each(cases)('an order that got to %s passed %s: %s', (furthest, stage, passed) => {
    expect(reachedStage(furthest, stage)).toBe(passed);
  });
});
