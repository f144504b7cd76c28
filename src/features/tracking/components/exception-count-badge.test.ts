import { describe, expect, it } from 'vitest';
import { badgeText } from './exception-count-badge';

describe('badgeText', () => {
  it.each([
    [undefined, null],
    [0, null],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
    [12_345, '99+'],
  ])('%s open shows %s', (open, text) => {
    expect(badgeText(open)).toBe(text);
  });
});
