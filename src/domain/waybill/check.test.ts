import { describe, expect, it } from 'vitest';
import type { Carrier } from './carriers';
import { DETECTION_ORDER, checkWaybillNumber, detectCarriers } from './check';
import { CARRIERS } from './carriers';

/** Numbers with a check digit: carrier, a valid number, and where its check digit sits. */
const CHECKED: [Carrier, string, number][] = [
  ['EMS', 'EA202611221CN', 10],
  ['EMS', 'CP314159268CN', 10],
  ['EMS', 'RR271828189DE', 10],
  ['UPS', '1Z4A7B2C0312345673', 17],
  ['UPS', '1ZX12Y340314159263', 17],
  ['UPS', '1Z999AA10123456784', 17],
  ['DHL', '2026112200', 9],
  ['DHL', '3141592650', 9],
  ['DHL', '31415926533', 10],
  ['DHL', '1234567891', 9],
  ['DHL', '12345678903', 10],
  ['FEDEX', '202611220319', 11], // Express, 12 digits
  ['FEDEX', '123456789012343', 14], // Ground, 15 digits
  ['FEDEX', '009876543210987658', 17], // Ground SSCC-18
  ['FEDEX', '9612026123456789012343', 21], // Ground 96, 22 digits
  ['FEDEX', '32971501024478492026112203192014', 27], // ASTRA barcode, check inside
  ['FEDEX', '2005551334250001000300123456789012', 33], // Express, 34 digits
  ['FEDEX', '9622001900000000000000314159265355', 33], // Ground GSN, 34 digits
  ['USPS', '03123456789000000011', 19], // 20 digits
  ['USPS', '9405511206206123456787', 21], // IMpb N
  ['USPS', '9101202611220000314153', 21], // legacy with 91
  ['USPS', '9261290270123456789016', 21], // IMpb C
  ['USPS', '92055901234562026112203141', 25], // IMpb C, 26 digits
  ['USPS', '420200019405511206206123456787', 29], // IMpb N behind its routing ZIP
  ['USPS', 'LZ314159268US', 10], // S10 issued by USPS
];

function withDigit(number: string, index: number, digit: number): string {
  return `${number.slice(0, index)}${digit}${number.slice(index + 1)}`;
}

function changedCheckDigit(number: string, index: number): string {
  return withDigit(number, index, (Number(number[index]) + 1) % 10);
}

describe('carriers with a check digit', () => {
  it.each(CHECKED)('%s %s passes', (carrier, number) => {
    expect(checkWaybillNumber(number, carrier)).toEqual({
      normalised: number,
      carrier,
      problems: [],
    });
    expect(checkWaybillNumber(number, null).problems).toEqual([]);
    // Detected first, except an S10 number from USPS, which EMS equally fits (see DETECTION_ORDER).
    expect(detectCarriers(number)[0]).toBe(number.endsWith('US') ? 'EMS' : carrier);
    expect(detectCarriers(number)).toContain(carrier);
  });

  it.each(CHECKED)('%s %s fails with its check digit changed', (carrier, number, index) => {
    const changed = changedCheckDigit(number, index);
    expect(checkWaybillNumber(changed, carrier)).toEqual({
      normalised: changed,
      carrier,
      problems: ['check_digit'],
    });
  });

  it.each(CHECKED)('%s %s: no other check digit passes', (carrier, number, index) => {
    const passing = [...'0123456789'].filter(
      (digit) =>
        checkWaybillNumber(withDigit(number, index, Number(digit)), carrier).problems.length === 0,
    );
    // A 20-digit USPS number is read two ways by the spec (bare, and as a legacy number whose
    // check also covers the 91 left off the label), so two check digits pass.
    expect(passing).toHaveLength(carrier === 'USPS' && number.length === 20 ? 2 : 1);
    expect(passing).toContain(number[index]);
  });

  it('holds an S10 number to a real country', () => {
    expect(checkWaybillNumber('EA202611221XX', 'EMS').problems).toEqual(['wrong_format']);
    expect(checkWaybillNumber('EA202611221XX', null)).toMatchObject({
      carrier: 'EMS',
      problems: ['wrong_format'],
    });
    expect(checkWaybillNumber('EA202611221CV', 'EMS').problems).toEqual([]);
  });

  it('takes S10 numbers for USPS only when USPS issued them', () => {
    expect(checkWaybillNumber('LZ314159268US', 'USPS').problems).toEqual([]);
    expect(checkWaybillNumber('EA202611221CN', 'USPS').problems).toEqual(['wrong_format']);
    expect(detectCarriers('LZ314159268US')).toEqual(['EMS', 'USPS']);
  });
});

/** Carriers that publish no check digit: a valid number and one a character off. */
const PATTERN_ONLY: [Carrier, string, string][] = [
  ['SF', 'SF1234567890123', 'SF123456789012'],
  ['SF', '123456789012', '12345678901'],
  ['JD', 'JDX000123456789', 'JDY000123456789'],
  ['JD', 'JDK000123456789', 'JDK00012345678'],
  ['JD', 'JDVA12345678901', 'JDV112345678901'],
  ['ZTO', '73123456789012', '79123456789012'],
  ['YTO', 'YT1234567890123', 'YT123456789012'],
  ['STO', '77123456789012', '78123456789012'],
  ['STO', '43123456789012345', '431234567890123456'],
  ['YUNDA', '312345678901234', '612345678901234'],
  ['YUNDA', '5123456789012', '512345678901'],
  ['EMS', '1123456789012', '2123456789012'],
  ['EMS', 'PA12345678901', 'PA1234567890'],
  ['JT', 'JT1234567890123', 'JT12345678901234'],
  ['DEPPON', 'DPK123456789012', 'DPK12345678901'],
];

describe('carriers without a check digit', () => {
  it.each(PATTERN_ONLY)('%s %s fits, unproven', (carrier, number) => {
    expect(checkWaybillNumber(number, carrier)).toEqual({
      normalised: number,
      carrier,
      problems: ['pattern_only'],
    });
  });

  it.each(PATTERN_ONLY)('%s: %s (one off from %s) is the wrong format', (carrier, _valid, off) => {
    expect(checkWaybillNumber(off, carrier).problems).toEqual(['wrong_format']);
  });
});

describe('checkWaybillNumber', () => {
  it('asks for a number when there is none', () => {
    expect(checkWaybillNumber('', null)).toEqual({
      normalised: '',
      carrier: null,
      problems: ['waybill_missing'],
    });
    expect(checkWaybillNumber(' \u3000-- ', 'SF')).toEqual({
      normalised: '',
      carrier: 'SF',
      problems: ['waybill_missing'],
    });
  });

  it('normalises before checking', () => {
    expect(checkWaybillNumber('ＥＡ２０２６１１２２１ｃｎ', null)).toEqual({
      normalised: 'EA202611221CN',
      carrier: 'EMS',
      problems: [],
    });
    expect(checkWaybillNumber(' 1z 4a7b 2c03 1234 5673 ', 'UPS').problems).toEqual([]);
    expect(checkWaybillNumber('jdx000123456789-1-2-', null)).toEqual({
      normalised: 'JDX000123456789',
      carrier: 'JD',
      problems: ['pattern_only'],
    });
    expect(checkWaybillNumber('DPK123456789012-1-1', 'DEPPON').normalised).toBe('DPK123456789012');
  });

  it("holds a number to the row's carrier, even when it is clearly another carrier's", () => {
    expect(checkWaybillNumber('1Z4A7B2C0312345673', 'SF')).toEqual({
      normalised: '1Z4A7B2C0312345673',
      carrier: 'SF',
      problems: ['wrong_format'],
    });
    expect(checkWaybillNumber('SF1234567890123', 'JD').problems).toEqual(['wrong_format']);
    expect(checkWaybillNumber('202611220319', 'SF').problems).toEqual(['pattern_only']);
  });

  it('detects the carrier when none is given', () => {
    expect(checkWaybillNumber('SF1234567890123', null)).toEqual({
      normalised: 'SF1234567890123',
      carrier: 'SF',
      problems: ['pattern_only'],
    });
    expect(checkWaybillNumber('NOT A WAYBILL', null)).toEqual({
      normalised: 'NOTAWAYBILL',
      carrier: null,
      problems: ['unknown_format'],
    });
  });

  it("names the carrier whose check digit a number fails when it fits no one else's", () => {
    expect(checkWaybillNumber('1Z4A7B2C0312345674', null)).toMatchObject({
      carrier: 'UPS',
      problems: ['check_digit'],
    });
    expect(checkWaybillNumber('EA202611222CN', null)).toMatchObject({
      carrier: 'EMS',
      problems: ['check_digit'],
    });
    expect(checkWaybillNumber('2026112201', null)).toMatchObject({
      carrier: 'DHL',
      problems: ['check_digit'],
    });
  });

  it('prefers a proven check digit, else the pattern another carrier fits', () => {
    // 12 digits: a FedEx Express number when its check digit holds, else SF's older format.
    expect(checkWaybillNumber('202611220319', null)).toMatchObject({
      carrier: 'FEDEX',
      problems: [],
    });
    expect(checkWaybillNumber('202611220310', null)).toMatchObject({
      carrier: 'SF',
      problems: ['pattern_only'],
    });
  });

  it('treats a carrier it does not know as none given', () => {
    const unknown = 'POSTMAN' as unknown as Carrier;
    expect(checkWaybillNumber('SF1234567890123', unknown)).toMatchObject({ carrier: 'SF' });
  });
});

describe('detectCarriers', () => {
  it('lists every fitting carrier, proven ones first', () => {
    expect(detectCarriers('202611220319')).toEqual(['FEDEX', 'SF']);
    expect(detectCarriers('202611220310')).toEqual(['SF']);
    expect(detectCarriers('SF1234567890123')).toEqual(['SF']);
    expect(detectCarriers('1Z4A7B2C0312345673')).toEqual(['UPS']);
  });

  it('lists no carrier whose check digit fails', () => {
    expect(detectCarriers('1Z4A7B2C0312345674')).toEqual([]);
    expect(detectCarriers('EA202611222CN')).toEqual([]);
  });

  it('finds nothing in nothing', () => {
    expect(detectCarriers('')).toEqual([]);
    expect(detectCarriers('1'.repeat(10_000))).toEqual([]);
  });

  it('orders every carrier once', () => {
    expect([...DETECTION_ORDER].sort()).toEqual([...CARRIERS].sort());
  });
});
