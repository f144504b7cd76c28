import { describe, expect, it } from 'vitest';
import {
  FIRST_ORDER_HIGH_AMOUNT_OVER,
  HIGH_AMOUNT_OVER,
  REPEAT_PHONE_WINDOW_MS,
  assessRisk,
  detailHasStreetAndNumber,
  type RiskFlag,
  type RiskInput,
} from './risk';

const PLACED = Date.parse('2026-11-22T06:00:00Z');
const HOUR = 3_600_000;

/** A returning Shanghai customer with a small order: no flag at all. */
const QUIET: RiskInput = {
  total: 12_800,
  placedAt: PLACED,
  earlierOrdersOfCustomer: 4,
  samePhonePlacedAt: [],
  shippingAddress: {
    recipient: '王小明',
    phone: '13812345678',
    province: '上海市',
    city: '上海市',
    district: '静安区',
    detail: '南京西路1266号恒隆广场1座2001室',
  },
  phoneProvince: '上海市',
};

function flagsOf(change: Partial<RiskInput>): RiskFlag[] {
  return assessRisk({ ...QUIET, ...change });
}

const withAddress = (change: Partial<RiskInput['shippingAddress']>) => ({
  shippingAddress: { ...QUIET.shippingAddress, ...change },
});

describe('assessRisk', () => {
  it('flags nothing on an ordinary order', () => {
    expect(assessRisk(QUIET)).toEqual([]);
  });

  it.each<[string, Partial<RiskInput>, RiskFlag[]]>([
    ['exactly ¥5,000', { total: HIGH_AMOUNT_OVER }, []],
    ['one fen over ¥5,000', { total: HIGH_AMOUNT_OVER + 1 }, ['high_amount']],
    [
      'a first order exactly ¥2,000',
      { total: FIRST_ORDER_HIGH_AMOUNT_OVER, earlierOrdersOfCustomer: 0 },
      [],
    ],
    [
      'a first order one fen over ¥2,000',
      { total: FIRST_ORDER_HIGH_AMOUNT_OVER + 1, earlierOrdersOfCustomer: 0 },
      ['first_order_high_amount'],
    ],
    [
      'a second order over ¥2,000',
      { total: FIRST_ORDER_HIGH_AMOUNT_OVER + 1, earlierOrdersOfCustomer: 1 },
      [],
    ],
    [
      'a first order over ¥5,000 (both rules hold)',
      { total: HIGH_AMOUNT_OVER + 1, earlierOrdersOfCustomer: 0 },
      ['high_amount', 'first_order_high_amount'],
    ],
  ])('amount: %s', (_, change, expected) => {
    expect(flagsOf(change)).toEqual(expected);
  });

  it.each<[string, Partial<RiskInput>, RiskFlag[]]>([
    ['a missing district', withAddress({ district: '' }), ['incomplete_address']],
    ['a detail too short to find', withAddress({ detail: '12号' }), ['incomplete_address']],
    ['an invalid phone', withAddress({ phone: '1381234' }), ['incomplete_address']],
    ['an unknown province', withAddress({ province: '火星' }), ['incomplete_address']],
    [
      'a street without a number',
      withAddress({ detail: '南京西路恒隆广场' }),
      ['incomplete_address'],
    ],
    [
      'a number without a street',
      withAddress({ detail: '恒隆广场1座2001室' }),
      ['incomplete_address'],
    ],
    ['a lane and number', withAddress({ detail: '长乐路1200弄15号302室' }), []],
    ['a Chinese house number', withAddress({ detail: '中关村大街二十七号' }), []],
    ['full-width digits', withAddress({ detail: '人民路１２号３楼' }), []],
  ])('address: %s', (_, change, expected) => {
    expect(flagsOf(change)).toEqual(expected);
  });

  const hoursAgo = (...hours: number[]) => hours.map((h) => PLACED - h * HOUR);
  it.each<[string, number[], RiskFlag[]]>([
    ['no other order', [], []],
    ['one other order in the window', hoursAgo(2), []],
    ['two others in the window (three with this one)', hoursAgo(2, 23), ['repeat_phone_24h']],
    ['two others, one exactly 24 hours earlier', hoursAgo(2, 24), ['repeat_phone_24h']],
    [
      'two others, one a millisecond over 24 hours',
      [PLACED - 2 * HOUR, PLACED - REPEAT_PHONE_WINDOW_MS - 1],
      [],
    ],
    ['two others placed after this one', [PLACED + HOUR, PLACED + 2 * HOUR], []],
    ['two others at the same moment', [PLACED, PLACED], ['repeat_phone_24h']],
  ])('same phone: %s', (_, samePhonePlacedAt, expected) => {
    expect(flagsOf({ samePhonePlacedAt })).toEqual(expected);
  });

  it.each<[string, string | null, string, RiskFlag[]]>([
    ['phone and address in one province', '上海市', '上海市', []],
    ['same region (Zhejiang phone, Shanghai address)', '浙江省', '上海市', []],
    ['neighbouring regions (Henan phone, Shanghai address)', '河南省', '上海市', []],
    ['neighbouring regions (Inner Mongolia phone, Liaoning address)', '内蒙古自治区', '辽宁省', []],
    [
      'far apart (Heilongjiang phone, Guangdong address)',
      '黑龙江省',
      '广东省',
      ['phone_region_mismatch'],
    ],
    [
      'far apart (Xinjiang phone, Shanghai address)',
      '新疆维吾尔自治区',
      '上海市',
      ['phone_region_mismatch'],
    ],
    ['far apart (Yunnan phone, Beijing address)', '云南省', '北京市', ['phone_region_mismatch']],
    ['an unknown phone province', null, '广东省', []],
  ])('phone region: %s', (_, phoneProvince, province, expected) => {
    expect(flagsOf({ phoneProvince, ...withAddress({ province }) })).toEqual(expected);
  });

  it('reports every rule that holds, in a stable order', () => {
    expect(
      assessRisk({
        ...QUIET,
        total: HIGH_AMOUNT_OVER + 1,
        earlierOrdersOfCustomer: 0,
        samePhonePlacedAt: hoursAgo(1, 2),
        phoneProvince: '黑龙江省',
        shippingAddress: {
          ...QUIET.shippingAddress,
          province: '广东省',
          city: '广州市',
          detail: '天河区某小区门口',
        },
      }),
    ).toEqual([
      'high_amount',
      'first_order_high_amount',
      'incomplete_address',
      'repeat_phone_24h',
      'phone_region_mismatch',
    ]);
  });
});

describe('detailHasStreetAndNumber', () => {
  it.each([
    ['人民路123号阳光花园5栋1202室', true],
    ['建设路88弄3号101室', true],
    ['石桥村5组12号', true],
    ['阳光花园', false],
    ['人民路附近', false],
    ['5栋1202室', false],
  ])('%s → %s', (detail, expected) => {
    expect(detailHasStreetAndNumber(detail)).toBe(expected);
  });
});

describe('addressIncomplete given by the caller', () => {
  it('is trusted instead of checking the address again', () => {
    expect(flagsOf({ addressIncomplete: true })).toEqual(['incomplete_address']);
    expect(flagsOf({ ...withAddress({ detail: '阳光花园' }), addressIncomplete: false })).toEqual(
      [],
    );
  });
});
