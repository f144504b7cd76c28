import { describe, expect, it } from 'vitest';
import {
  CARRIERS,
  hasCheckDigit,
  isCarrier,
  matchesCarrierFormat,
  normaliseWaybill,
  s10CheckDigit,
  type Carrier,
} from './carriers';

describe('normaliseWaybill', () => {
  it.each([
    ['  sf1234567890123 ', 'SF1234567890123'],
    ['ＳＦ１２３４５６７８９０１２３', 'SF1234567890123'],
    ['SF 1234-5678-90123', 'SF1234567890123'],
    ['JDX000123456789-1-2-', 'JDX000123456789'],
    ['JDX000123456789-1-2', 'JDX000123456789'],
    ['DPK123456789012-2-3-', 'DPK123456789012'],
    ['\u3000yt1234567890123\u3000', 'YT1234567890123'],
    ['ｊｄｘ０００１２３４５６７８９－１－２－', 'JDX000123456789'],
    ['JDX000123456789 - 1 - 2 -', 'JDX000123456789'],
    ['JDVA12345678901-1-1-', 'JDVA12345678901'],
    ['DPK123456789012-1-1', 'DPK123456789012'],
    ['dpk123456789012-1', 'DPK123456789012'],
    ['JDX-0001-2345-6789', 'JDX000123456789'],
    ['SF—1234—5678—90123', 'SF1234567890123'],
    ['SF\u20131234\u22125678\u201090123', 'SF1234567890123'],
    ['\uFEFFSF1234567890123\u200B', 'SF1234567890123'],
    ['SF1234567890123\r\n', 'SF1234567890123'],
    ['\t1Z 4A7B 2C03 1234 5673\t', '1Z4A7B2C0312345673'],
    ['EA\u001D202611221CN', 'EA202611221CN'],
    ['ea202611221cn', 'EA202611221CN'],
    ['', ''],
  ])('%j -> %j', (raw, expected) => {
    expect(normaliseWaybill(raw)).toBe(expected);
  });

  it('never throws on hostile input', () => {
    for (const raw of ['x'.repeat(10_000), '📦📦', '\u0000\u0007\n\t', '-----', '１-２-３']) {
      expect(typeof normaliseWaybill(raw)).toBe('string');
    }
  });
});

describe('carrier formats', () => {
  const cases: [Carrier, string, boolean][] = [
    ['SF', 'SF1234567890123', true],
    ['SF', 'SF123456789012', false],
    ['SF', '123456789012', true],
    ['JD', 'JDX000123456789', true],
    ['JD', 'JDK000123456789', true],
    ['JD', 'JDVA12345678901', true],
    ['JD', 'JDY000123456789', false],
    ['ZTO', '73123456789012', true],
    ['ZTO', '79123456789012', false],
    ['YTO', 'YT1234567890123', true],
    ['YTO', 'YT123456789012', false],
    ['STO', '77123456789012', true],
    ['STO', '43123456789012345', true],
    ['STO', '78123456789012', false],
    ['YUNDA', '312345678901234', true],
    ['YUNDA', '5123456789012', true],
    ['YUNDA', '612345678901234', false],
    ['EMS', '1123456789012', true],
    ['EMS', 'PA12345678901', true],
    ['EMS', 'EA123456785CN', true],
    ['EMS', '2123456789012', false],
    ['JT', 'JT1234567890123', true],
    ['JT', 'JT12345678901234', false],
    ['DEPPON', 'DPK123456789012', true],
    ['DEPPON', 'DPK12345678901', false],
    ['UPS', '1Z4A7B2C0312345673', true],
    ['UPS', '1Z4A7B2C031234567A', false],
    ['DHL', '2026112200', true],
    ['DHL', '31415926533', true],
    ['DHL', '123456789', false],
    ['FEDEX', '202611220319', true],
    ['FEDEX', '123456789012343', true],
    ['FEDEX', '9612026123456789012343', true],
    ['FEDEX', '03123456789000000011', false],
    ['USPS', '03123456789000000011', true],
    ['USPS', '9405511206206123456787', true],
    ['USPS', 'LZ314159268US', true],
    ['USPS', 'EA202611221CN', false],
  ];
  it.each(cases)('%s %s -> %s', (carrier, number, expected) => {
    expect(matchesCarrierFormat(carrier, number)).toBe(expected);
  });

  it('knows every carrier of DOMAIN.md, the domestic ones first', () => {
    expect(CARRIERS).toEqual([
      'SF',
      'JD',
      'ZTO',
      'YTO',
      'STO',
      'YUNDA',
      'EMS',
      'JT',
      'DEPPON',
      'UPS',
      'DHL',
      'FEDEX',
      'USPS',
    ]);
  });
});

describe('isCarrier and hasCheckDigit', () => {
  it('knows its carriers', () => {
    expect(CARRIERS.every(isCarrier)).toBe(true);
    for (const value of ['sf', 'DHL ', '', null, 7, undefined])
      expect(isCarrier(value)).toBe(false);
  });

  it('knows which carriers prove their numbers', () => {
    expect(CARRIERS.filter(hasCheckDigit)).toEqual(['EMS', 'UPS', 'DHL', 'FEDEX', 'USPS']);
  });
});

describe('UPU S10 check digit', () => {
  it.each([
    ['47312482', 9],
    ['12345678', 5],
    ['00000000', 5],
  ])('serial %s -> %i', (serial, expected) => {
    expect(s10CheckDigit(serial)).toBe(expected);
  });

  it('refuses anything but eight digits', () => {
    expect(() => s10CheckDigit('1234567')).toThrow(RangeError);
    expect(() => s10CheckDigit('1234567a')).toThrow(RangeError);
  });
});
