import { describe, expect, it } from 'vitest';
import { barsOf, encodeCode128 } from './code128';

const START_B = 104;
const START_C = 105;
const CODE_C = 99;
const CODE_B = 100;
const STOP = 106;

describe('Code 128', () => {
  it('computes the mod-103 checksum: start value plus each value times its position', () => {
    // PJJ123C: 54 with start A (103, the common textbook example); start B (104) adds one → 55.
    const encoding = encodeCode128('PJJ123C', { allowSetC: false });
    expect(encoding.values).toEqual([START_B, 48, 42, 42, 17, 18, 19, 35, 55, STOP]);
    expect(encodeCode128('abcdef').checksum).toBe(97);
    expect(encodeCode128('345678').values).toEqual([START_C, 34, 56, 78, 73, STOP]);
  });

  it('encodes "A" to the pattern of the tables: start B, A, checksum 34, stop', () => {
    const { values, widths, modules } = encodeCode128('A');
    expect(values).toEqual([START_B, 33, 34, STOP]);
    expect(widths.join('')).toBe('211214' + '111323' + '131123' + '2331112');
    expect(modules).toBe(11 * 3 + 13);
  });

  it('uses set C for a text of digits only', () => {
    // start C (105) + 12×1 + 34×2 = 185 → 185 mod 103 = 82
    expect(encodeCode128('1234').values).toEqual([START_C, 12, 34, 82, STOP]);
    expect(encodeCode128('1234', { allowSetC: false }).values).toEqual([
      START_B,
      17,
      18,
      19,
      20,
      (104 + 17 + 18 * 2 + 19 * 3 + 20 * 4) % 103,
      STOP,
    ]);
  });

  it('switches to set C for a long run of digits, leaving an odd digit in set B', () => {
    // An order number: two letters, then thirteen digits.
    const { values } = encodeCode128('SO2026112200123');
    expect(values.slice(0, 6)).toEqual([START_B, 51, 47, 18, CODE_C, 2]);
    expect(values.slice(6, -2)).toEqual([61, 12, 20, 1, 23]);
    // start, S O 2, code C, six pairs, checksum, stop
    expect(values).toHaveLength(1 + 3 + 1 + 6 + 2);
    // Shorter than the same text in set B alone.
    expect(values.length).toBeLessThan(
      encodeCode128('SO2026112200123', { allowSetC: false }).values.length,
    );
  });

  it('returns to set B after a run of digits in set C', () => {
    const { values } = encodeCode128('123456AB');
    expect(values.slice(0, 6)).toEqual([START_C, 12, 34, 56, CODE_B, 33]);
    expect(values[6]).toBe(34);
  });

  it('keeps a short run of digits in the middle in set B', () => {
    expect(encodeCode128('AB1234CD').values.slice(1, -2)).toEqual([33, 34, 17, 18, 19, 20, 35, 36]);
  });

  it('makes every symbol 11 modules, the stop 13, with bars first and last', () => {
    const { widths, values, modules } = encodeCode128('Order-42 / 顺丰'.slice(0, 10));
    expect(modules).toBe(11 * (values.length - 1) + 13);
    expect(widths.length % 2).toBe(1);
    const bars = barsOf(widths);
    const last = bars.at(-1);
    expect(last && last[0] + last[1]).toBe(modules);
  });

  it('refuses what it cannot encode', () => {
    expect(() => encodeCode128('')).toThrow(RangeError);
    expect(() => encodeCode128('订单')).toThrow(RangeError);
    expect(() => encodeCode128('A\nB')).toThrow(RangeError);
  });
});
