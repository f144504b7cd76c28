import { describe, expect, it } from 'vitest';
import { fenFromYuan, yuanText } from './yuan';

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
