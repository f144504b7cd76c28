import { describe, expect, it } from 'vitest';
import {
  FREE_FAILURES,
  MAX_FAILURE_DELAY_MS,
  failureDelayMs,
  normalizeOrderNumber,
  proofMatches,
  type LookupProof,
} from './public-lookup';

describe('normalizeOrderNumber', () => {
  it.each([
    ['SO202611220012', 'SO202611220012'],
    ['so202611220012', 'SO202611220012'],
    ['  SO202611220012 ', 'SO202611220012'],
    ['SO-20261122-0012', 'SO202611220012'],
    ['SO 2026 1122 0012', 'SO202611220012'],
    ['SO\t2026112200\n12', 'SO202611220012'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeOrderNumber(input)).toBe(expected);
  });
});

describe('proofMatches', () => {
  const contact = { email: 'ZhangMin88@qq.com', phone: '13812345678' };

  it.each<[string, LookupProof, { email: string | null; phone: string }, boolean]>([
    ['the same e-mail', { email: 'ZhangMin88@qq.com' }, contact, true],
    ['an e-mail in another case', { email: 'zhangmin88@QQ.COM' }, contact, true],
    ['an e-mail with spaces around it', { email: '  zhangmin88@qq.com ' }, contact, true],
    ['another e-mail', { email: 'zhangmin89@qq.com' }, contact, false],
    ['an e-mail with a space inside', { email: 'zhang min88@qq.com' }, contact, false],
    ['an empty e-mail', { email: '' }, contact, false],
    ['a blank e-mail', { email: '   ' }, contact, false],
    [
      'an e-mail when the order has none',
      { email: 'zhangmin88@qq.com' },
      { ...contact, email: null },
      false,
    ],
    ['the last four digits', { phoneLast4: '5678' }, contact, true],
    ['four other digits', { phoneLast4: '1234' }, contact, false],
    ['the first four digits', { phoneLast4: '1381' }, contact, false],
    ['three digits', { phoneLast4: '678' }, contact, false],
    ['five digits', { phoneLast4: '45678' }, contact, false],
    ['non-digits', { phoneLast4: '56a8' }, contact, false],
    ['full-width digits', { phoneLast4: '５６７８' }, contact, false],
    [
      'digits of a formatted phone',
      { phoneLast4: '5678' },
      { ...contact, phone: '+86 138-1234-5678' },
      true,
    ],
    [
      'a phone shorter than four digits',
      { phoneLast4: '0123' },
      { ...contact, phone: '123' },
      false,
    ],
    ['an empty phone', { phoneLast4: '0000' }, { ...contact, phone: '' }, false],
  ])('%s → %s', (_, proof, against, expected) => {
    expect(proofMatches(proof, against)).toBe(expected);
  });
});

describe('failureDelayMs', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 0],
    [FREE_FAILURES, 1_000],
    [4, 2_000],
    [5, 4_000],
    [6, 8_000],
    [7, 8_000],
    [100, MAX_FAILURE_DELAY_MS],
  ])('%i recent failures → %i ms', (failures, expected) => {
    expect(failureDelayMs(failures)).toBe(expected);
  });

  it('never shrinks as failures grow', () => {
    const delays = Array.from({ length: 30 }, (_, n) => failureDelayMs(n));
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
  });
});
