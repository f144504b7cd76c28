import type { OrderStatus } from './order/status';
import { provinceByName } from './region';

/** The parts of a shipping address a person can correct. */
export interface AddressInput {
  recipient: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  detail: string;
}

export type AddressField = keyof AddressInput;

export type AddressProblemCode =
  'required' | 'too_long' | 'too_short' | 'invalid_phone' | 'unknown_province';

export interface AddressProblem {
  field: AddressField;
  code: AddressProblemCode;
}

/** Lengths in characters (a Chinese character counts as one), so forms can set maxLength too. */
export const ADDRESS_LIMITS = {
  recipient: { min: 1, max: 40 },
  city: { min: 1, max: 40 },
  district: { min: 1, max: 40 },
  detail: { min: 5, max: 200 },
} as const;

/** Mainland mobile, optionally with the country code: 1 then 3-9, eleven digits. */
const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
/** Landline: 0, a 2-3 digit area code, an optional dash, then 7-8 digits (010-12345678). */
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/** The number as it should be dialled: spaces dropped, and for mobiles dashes too. */
export function normalisePhone(phone: string): string {
  const compact = phone.trim().replace(/\s+/g, '');
  const digits = compact.replace(/-/g, '');
  return MOBILE.test(digits) ? digits : compact;
}

export function isValidAddressPhone(phone: string): boolean {
  const compact = phone.trim().replace(/\s+/g, '');
  return MOBILE.test(compact.replace(/-/g, '')) || LANDLINE.test(compact);
}

function lengthOf(value: string): number {
  return [...value.trim()].length;
}

function checkLength(
  field: keyof typeof ADDRESS_LIMITS,
  value: string,
  problems: AddressProblem[],
): void {
  const { min, max } = ADDRESS_LIMITS[field];
  const length = lengthOf(value);
  if (length === 0) problems.push({ field, code: 'required' });
  else if (length < min) problems.push({ field, code: 'too_short' });
  else if (length > max) problems.push({ field, code: 'too_long' });
}

/** Everything wrong with an address, in form order; empty when it can be shipped to. */
export function validateAddress(address: AddressInput): AddressProblem[] {
  const problems: AddressProblem[] = [];
  checkLength('recipient', address.recipient, problems);
  if (lengthOf(address.phone) === 0) problems.push({ field: 'phone', code: 'required' });
  else if (!isValidAddressPhone(address.phone))
    problems.push({ field: 'phone', code: 'invalid_phone' });
  if (lengthOf(address.province) === 0) problems.push({ field: 'province', code: 'required' });
  else if (!provinceByName(address.province.trim()))
    problems.push({ field: 'province', code: 'unknown_province' });
  checkLength('city', address.city, problems);
  checkLength('district', address.district, problems);
  checkLength('detail', address.detail, problems);
  return problems;
}

const ADDRESS_EDITABLE: readonly OrderStatus[] = [
  'unpaid',
  'pending_review',
  'on_hold',
  'approved',
  'allocated',
];

/** An address can be corrected until the parcel leaves; a cancelled order is not shipped at all. */
export function canEditAddress(status: OrderStatus): boolean {
  return ADDRESS_EDITABLE.includes(status);
}
