import { describe, expect, it } from 'vitest';
import {
  addMoney,
  allocateProportionally,
  fenFromYuan,
  lineTotal,
  money,
  sumMoney,
  yuanText,
} from './money';

describe('money in minor units', () => {
  it.each([
    [1999, 3, 5997],
    [1, 0, 0],
    [12_345_678, 7, 86_419_746],
  ])('unit %i x %i = %i fen', (unit, quantity, expected) => {
    expect(lineTotal(money(unit), quantity).amount).toBe(expected);
  });

  it.each([[0.5], [Number.NaN], [Number.MAX_SAFE_INTEGER + 2]])(
    'refuses a non-integer amount %s',
    (amount) => {
      expect(() => money(amount)).toThrow(RangeError);
    },
  );

  it.each([[-1], [1.5]])('refuses quantity %s', (quantity) => {
    expect(() => lineTotal(money(100), quantity)).toThrow(RangeError);
  });

  it('adds and sums without floating error', () => {
    expect(addMoney(money(10), money(20)).amount).toBe(30);
    expect(sumMoney([money(1), money(2), money(3)]).amount).toBe(6);
    expect(sumMoney([]).amount).toBe(0);
  });

  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [1000, [1, 2, 2], [200, 400, 400]],
    [7, [0, 0], [0, 0]],
    [5, [3, 1], [4, 1]],
    [0, [1, 2], [0, 0]],
  ])('splits %i by %j into parts that add up: %j', (amount, weights, expected) => {
    const parts = allocateProportionally(amount, weights);
    expect(parts).toEqual(expected);
    if (weights.some((w) => w > 0)) expect(parts.reduce((s, p) => s + p, 0)).toBe(amount);
  });
});

describe('fenFromYuan', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12.05', 1205],
    ['0.01', 1],
    ['１２．５', 1250],
    ['¥1,299.00', 129900],
    [' 8 ', 800],
    ['3.', 300],
  ])('%s is %i fen', (text, fen) => {
    expect(fenFromYuan(text)).toBe(fen);
  });

  it.each(['', 'abc', '1.234', '-5', '1e3', '.5'])('%s is not an amount', (text) => {
    expect(fenFromYuan(text)).toBeNull();
  });
});

describe('yuanText', () => {
  it('shows two decimals', () => {
    expect(yuanText(129900)).toBe('1299.00');
    expect(yuanText(5)).toBe('0.05');
  });
});
