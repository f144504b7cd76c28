import { describe, expect, it } from 'vitest';
import { classifyScan, orderStatusProblem } from './classify';

describe('classifyScan', () => {
  it.each([
    ['SO2026112200123', 'order'],
    [' so2026112200123 ', 'order'],
    ['SF1234567890123', 'waybill'],
    ['73123456789012', 'waybill'],
    ['JDX123456789012-1-1-', 'waybill'],
    ['YT1234567890123', 'waybill'],
    ['', 'unknown'],
    ['hello', 'unknown'],
  ] as const)('reads %j as %s', (value, kind) => {
    expect(classifyScan(value)).toBe(kind);
  });
});

describe('orderStatusProblem', () => {
  it.each([
    ['allocated', null],
    ['on_hold', 'order_on_hold'],
    ['cancelled', 'order_cancelled'],
    ['shipped', 'order_shipped'],
    ['delivered', 'order_shipped'],
    ['approved', 'order_not_allocated'],
    ['pending_review', 'order_not_allocated'],
  ] as const)('an order %s: %s', (status, problem) => {
    expect(orderStatusProblem(status)).toBe(problem);
  });
});
