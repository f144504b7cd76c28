import { describe, expect, it } from 'vitest';
import {
  canEditAddress,
  isValidAddressPhone,
  normalisePhone,
  validateAddress,
  type AddressInput,
  type AddressProblem,
} from './address';
import { ORDER_STATUSES } from './order/status';

const VALID: AddressInput = {
  recipient: '王小明',
  phone: '13812345678',
  province: '上海市',
  city: '上海市',
  district: '静安区',
  detail: '南京西路1266号恒隆广场1座2001室',
};

describe('validateAddress', () => {
  it('accepts a complete address', () => {
    expect(validateAddress(VALID)).toEqual([]);
  });

  const CASES: [string, Partial<AddressInput>, AddressProblem[]][] = [
    ['an empty recipient', { recipient: '' }, [{ field: 'recipient', code: 'required' }]],
    ['a recipient of spaces', { recipient: '   ' }, [{ field: 'recipient', code: 'required' }]],
    [
      'a recipient of 41 characters',
      { recipient: '王'.repeat(41) },
      [{ field: 'recipient', code: 'too_long' }],
    ],
    ['a recipient of 40 characters', { recipient: '王'.repeat(40) }, []],
    ['no phone', { phone: '' }, [{ field: 'phone', code: 'required' }]],
    ['a 10-digit mobile', { phone: '1381234567' }, [{ field: 'phone', code: 'invalid_phone' }]],
    ['a mobile starting 12', { phone: '12812345678' }, [{ field: 'phone', code: 'invalid_phone' }]],
    ['a masked mobile', { phone: '138****5678' }, [{ field: 'phone', code: 'invalid_phone' }]],
    ['letters', { phone: 'call me' }, [{ field: 'phone', code: 'invalid_phone' }]],
    [
      'a landline without its area code',
      { phone: '62345678' },
      [{ field: 'phone', code: 'invalid_phone' }],
    ],
    ['no province', { province: '' }, [{ field: 'province', code: 'required' }]],
    [
      'a province that does not exist',
      { province: '火星省' },
      [{ field: 'province', code: 'unknown_province' }],
    ],
    [
      'a province without its suffix',
      { province: '浙江' },
      [{ field: 'province', code: 'unknown_province' }],
    ],
    ['no city', { city: '' }, [{ field: 'city', code: 'required' }]],
    ['a city of 41 characters', { city: '市'.repeat(41) }, [{ field: 'city', code: 'too_long' }]],
    ['no district', { district: ' ' }, [{ field: 'district', code: 'required' }]],
    [
      'a district of 41 characters',
      { district: '区'.repeat(41) },
      [{ field: 'district', code: 'too_long' }],
    ],
    ['no detail', { detail: '' }, [{ field: 'detail', code: 'required' }]],
    ['a detail of 4 characters', { detail: '南京西路' }, [{ field: 'detail', code: 'too_short' }]],
    ['a detail of 5 characters', { detail: '南京西路1' }, []],
    [
      'a detail of 201 characters',
      { detail: '路'.repeat(201) },
      [{ field: 'detail', code: 'too_long' }],
    ],
    ['a detail of 200 characters', { detail: '路'.repeat(200) }, []],
  ];

  it.each(CASES)('answers for %s', (_, change, problems) => {
    expect(validateAddress({ ...VALID, ...change })).toEqual(problems);
  });

  it('reports every problem at once, in form order', () => {
    expect(
      validateAddress({
        recipient: '',
        phone: '1',
        province: 'X',
        city: '',
        district: '',
        detail: '',
      }),
    ).toEqual([
      { field: 'recipient', code: 'required' },
      { field: 'phone', code: 'invalid_phone' },
      { field: 'province', code: 'unknown_province' },
      { field: 'city', code: 'required' },
      { field: 'district', code: 'required' },
      { field: 'detail', code: 'required' },
    ]);
  });
});

describe('phone numbers', () => {
  it.each([
    ['13812345678', true],
    ['19912345678', true],
    ['138 1234 5678', true],
    ['138-1234-5678', true],
    ['+8613812345678', true],
    ['010-12345678', true],
    ['01012345678', true],
    ['021 6234 5678', true],
    ['0571-8765432', true],
    ['0755-87654321', true],
    ['11012345678', false],
    ['138123456789', false],
    ['1381234567', false],
    ['10-12345678', false],
    ['010-123456', false],
    ['010-123456789', false],
    ['400-800-8888', false],
  ])('%s is %s', (phone, valid) => {
    expect(isValidAddressPhone(phone)).toBe(valid);
  });

  it('stores mobiles without spaces or dashes and landlines as written, minus spaces', () => {
    expect(normalisePhone(' 138-1234 5678 ')).toBe('13812345678');
    expect(normalisePhone('010 - 12345678')).toBe('010-12345678');
  });
});

describe('canEditAddress', () => {
  const EDITABLE = new Set(['unpaid', 'pending_review', 'on_hold', 'approved', 'allocated']);
  it.each(ORDER_STATUSES.map((s) => [s, EDITABLE.has(s)] as const))(
    '%s: %s',
    (status, editable) => {
      expect(canEditAddress(status)).toBe(editable);
    },
  );
});
