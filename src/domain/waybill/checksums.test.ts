import { describe, expect, it } from 'vitest';
import { passesMod10, passesMod7, passesS10, passesWeightedModulo } from './checksums';

describe('check digit algorithms, worked by hand', () => {
  it('mod 7: the serial read as a number', () => {
    // 123456789 = 7 × 17636684 + 1
    expect(passesMod7('123456789', '1')).toBe(true);
    expect(passesMod7('123456789', '8')).toBe(false);
    // Longer than any number fits in a double, still exact.
    expect(passesMod7('7'.repeat(400), '0')).toBe(true);
  });

  it('mod 10 with weights for the 1st, 3rd… and 2nd, 4th… characters', () => {
    // GS1: 1×3 + 2×1 = 5, check 10 - 5 = 5
    expect(passesMod10('12', '5', { evens: 3, odds: 1 })).toBe(true);
    // reversed: 2×3 + 1×1 = 7, check 3
    expect(passesMod10('12', '3', { evens: 3, odds: 1, reverse: true })).toBe(true);
    // a sum ending in 0 has check 0: 5×1 + 5×1 = 10
    expect(passesMod10('55', '0', { evens: 1, odds: 1 })).toBe(true);
    // UPS letters: A → (65 - 3) mod 10 = 2, check 8
    expect(passesMod10('A', '8', { evens: 1, odds: 2 })).toBe(true);
    expect(passesMod10('A', '2', { evens: 1, odds: 2 })).toBe(false);
  });

  it('weighted sum, mod 11, then mod 10', () => {
    // 1×3 + 0×1 + 1×7 = 10; 10 mod 11 = 10; 10 mod 10 = 0
    expect(passesWeightedModulo('101', '0', [3, 1, 7], 11, 10)).toBe(true);
    // 1×3 + 2×1 = 5
    expect(passesWeightedModulo('12', '5', [3, 1], 11, 10)).toBe(true);
    expect(passesWeightedModulo('12', '3', [3, 1], 11, 10)).toBe(false);
  });

  it('S10: weights 8 6 4 2 3 5 9 7, then 11 - r with r = 0 → 5 and r = 1 → 0', () => {
    // 1×8 + 2×6 + 3×4 + 4×2 + 5×3 + 6×5 + 7×9 + 8×7 = 204; 204 mod 11 = 6; 11 - 6 = 5
    expect(passesS10('12345678', '5')).toBe(true);
    expect(passesS10('12345678', '6')).toBe(false);
    expect(passesS10('1234567', '5')).toBe(false);
  });
});
