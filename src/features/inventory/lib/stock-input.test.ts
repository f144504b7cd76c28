import { describe, expect, it } from 'vitest';
import { wholeNumberOf } from './stock-input';

describe('whole numbers typed in stock forms', () => {
  it.each([
    ['117', 117],
    [' 1,200 ', 1200],
    ['１２', 12],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(wholeNumberOf(text)).toBe(value);
  });

  it.each(['', '-3', '2.5', '12a', '1e3'])('refuses %j', (text) => {
    expect(wholeNumberOf(text)).toBeNull();
  });
});
