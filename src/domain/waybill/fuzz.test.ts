import { describe, expect, it } from 'vitest';
import { CARRIERS, normaliseWaybill, type Carrier } from './carriers';
import { checkWaybillNumber, checkWaybillRows, detectCarriers } from './check';
import { FORMATS } from './formats';
import { WAYBILL_PROBLEMS, verdictOf } from './verdict';

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const PIECES = [
  ...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  ...'０１２３４５６７８９ＡＢＣＳＦｊｄｘ',
  ' ',
  '\u3000',
  '\u00A0',
  '-',
  '－',
  '—',
  '\t',
  '\r\n',
  '\u0000',
  '\u0007',
  '\u001D',
  '\u007F',
  '\u200B',
  '\uFEFF',
  '\u202E',
  '📦',
  '👨‍👩‍👧',
  '\uD83D', // lone high surrogate
  '\uDCA9', // lone low surrogate
  'é',
  'e\u0301',
  'ß',
  'ﬁ',
  '①',
  '顺丰',
  '京东',
  'SF',
  'JDX',
  'DPK',
  '1Z',
  '420',
  '94',
  '-1-2-',
];

function randomString(random: () => number, maxPieces: number): string {
  const count = Math.floor(random() * maxPieces);
  let text = '';
  for (let i = 0; i < count; i += 1) text += PIECES[Math.floor(random() * PIECES.length)] ?? '';
  return text;
}

function randomCarrier(random: () => number): Carrier | null {
  const index = Math.floor(random() * (CARRIERS.length + 1));
  return CARRIERS[index] ?? null;
}

const NUMBER_PROBLEMS = new Set(WAYBILL_PROBLEMS.slice(0, 5));
const HOSTILE = [
  '',
  ' ',
  '\u0000'.repeat(50),
  'x'.repeat(10_000),
  '9'.repeat(10_000),
  '📦'.repeat(5_000),
  '-'.repeat(10_000),
  `JDX${'1'.repeat(10_000)}-1-2-`,
  `420${'9'.repeat(31)}`,
  '\uD800\uDC00\uD800',
  'constructor',
  '__proto__',
  'SF1234567890123\u0000',
];

describe('hostile input', () => {
  it('never throws and always answers a WaybillCheck', () => {
    const random = prng(20261122);
    const inputs = [...HOSTILE];
    for (let i = 0; i < 3_000; i += 1)
      inputs.push(randomString(random, i % 100 === 0 ? 4_000 : 40));

    for (const raw of inputs) {
      for (const carrier of [null, randomCarrier(random)]) {
        const check = checkWaybillNumber(raw, carrier);
        expect(typeof check.normalised).toBe('string');
        expect(check.carrier === null || CARRIERS.includes(check.carrier)).toBe(true);
        if (carrier) expect(check.carrier).toBe(carrier);
        expect(check.problems.length).toBeLessThanOrEqual(1);
        for (const problem of check.problems) expect(NUMBER_PROBLEMS.has(problem)).toBe(true);
        expect(['ok', 'warning', 'error']).toContain(verdictOf(check.problems));
        expect(Array.isArray(detectCarriers(check.normalised))).toBe(true);
      }
    }
  });

  it('survives values that are not strings at all', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) {
      const raw = value as unknown as string;
      expect(checkWaybillNumber(raw, null).problems).toEqual(['waybill_missing']);
      expect(normaliseWaybill(raw)).toBe('');
      expect(detectCarriers(raw)).toEqual([]);
    }
  });

  it('checks a batch of hostile rows', () => {
    const random = prng(7);
    const rows = HOSTILE.map((waybill) => ({
      orderNumber: randomString(random, 6),
      waybill,
      carrier: randomCarrier(random),
      allocatedCarrier: randomCarrier(random),
    }));
    expect(checkWaybillRows(rows)).toHaveLength(HOSTILE.length);
  });

  it('normalises to a fixed point: normalising again changes nothing', () => {
    const random = prng(1122);
    for (let i = 0; i < 2_000; i += 1) {
      const once = normaliseWaybill(randomString(random, 30));
      expect(normaliseWaybill(once)).toBe(once);
      expect(once).not.toMatch(/[\s-]/);
    }
  });
});

describe('the shape index', () => {
  /** Every format tried, shape or not: what the index must agree with. */
  function fitsWithoutIndex(carrier: Carrier, normalised: string): string {
    const verdicts = FORMATS[carrier].flatMap((format) => {
      const match = format.pattern.exec(normalised);
      if (!match) return [];
      return [format.verify ? format.verify(match.groups ?? {}) : 'pattern_only'];
    });
    for (const fit of ['valid', 'pattern_only', 'check_digit', 'wrong_format']) {
      if (verdicts.includes(fit as never)) return fit;
    }
    return 'none';
  }

  const PROBLEM_OF: Record<string, string[]> = {
    valid: [],
    pattern_only: ['pattern_only'],
    check_digit: ['check_digit'],
    wrong_format: ['wrong_format'],
    none: ['wrong_format'],
  };

  it('agrees with trying every format, on numbers near every carrier’s shapes', () => {
    const random = prng(34);
    const seeds = [
      'SF1234567890123',
      '123456789012',
      'JDX000123456789',
      'JDVA12345678901',
      '73123456789012',
      'YT1234567890123',
      '4312345678901234',
      '312345678901234',
      '5123456789012',
      '1123456789012',
      'PA12345678901',
      'JT1234567890123',
      'DPK123456789012',
      'EA202611221CN',
      '1Z4A7B2C0312345673',
      '31415926533',
      '2005551334250001000300123456789012',
      '32971501024478492026112203192014',
      '9612026123456789012343',
      '009876543210987658',
      '420200019405511206206123456787',
      '92055901234562026112203141',
      '4201002334249200190132607600833457',
    ];
    const alphabet = '0123456789ADJKPSTUVXYZ';
    const disagreements: string[] = [];
    for (let i = 0; i < 20_000; i += 1) {
      let number = seeds[i % seeds.length] ?? '';
      const edits = Math.floor(random() * 3);
      for (let e = 0; e < edits; e += 1) {
        const at = Math.floor(random() * (number.length + 1));
        const char = alphabet[Math.floor(random() * alphabet.length)] ?? '0';
        const kind = random();
        if (kind < 0.4) number = number.slice(0, at) + char + number.slice(at + 1);
        else if (kind < 0.7) number = number.slice(0, at) + char + number.slice(at);
        else number = number.slice(0, at) + number.slice(at + 1);
      }
      if (number === '') continue;
      for (const carrier of CARRIERS) {
        const indexed = checkWaybillNumber(number, carrier).problems.join();
        const tried = PROBLEM_OF[fitsWithoutIndex(carrier, number)]?.join();
        if (indexed !== tried) disagreements.push(`${carrier} ${number}: ${indexed} ≠ ${tried}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
