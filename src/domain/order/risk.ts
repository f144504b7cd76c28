import { validateAddress, type AddressInput } from '../address';
import { provinceByName, regionsAreNear } from '../region';
import type { RiskFlag } from './risk-flags';

export { RISK_FLAGS, type RiskFlag } from './risk-flags';

/** An order total above this (fen) is unusual for the chain: ¥5,000. */
export const HIGH_AMOUNT_OVER = 500_000;
/** A customer's first order above this (fen) is worth a look: ¥2,000. */
export const FIRST_ORDER_HIGH_AMOUNT_OVER = 200_000;
/** How far back orders from the same phone are counted. */
export const REPEAT_PHONE_WINDOW_MS = 24 * 3_600_000;
/** Orders from one phone within the window, this one included, that make a burst. */
export const REPEAT_PHONE_MIN_ORDERS = 3;

export interface RiskInput {
  /** Order total in fen. */
  total: number;
  /** When this order was placed (ms). */
  placedAt: number;
  /** How many orders the same customer placed before this one, whatever became of them. */
  earlierOrdersOfCustomer: number;
  /** When other orders from the same phone were placed (ms); times after this order are ignored. */
  samePhonePlacedAt: readonly number[];
  shippingAddress: AddressInput;
  /**
   * isAddressIncomplete(shippingAddress), when the caller already knows it: a seed checks each
   * customer's saved address once rather than once per order.
   */
  addressIncomplete?: boolean;
  /**
   * Province where the phone number is registered (from the number-segment database), by its
   * Chinese name; null when unknown.
   */
  phoneProvince: string | null;
}

/** A house number: Arabic or full-width digits, or a Chinese numeral before 号. */
const HOUSE_NUMBER = /[0-9０-９]|[一二三四五六七八九十百千]+号/;
/** Something a courier can find: a road, street, lane, alley, village or town. */
const STREET = /路|街|道|巷|弄|胡同|村|镇|乡/;

/** A detail a courier can deliver to names a street (or village) and a number on it. */
export function detailHasStreetAndNumber(detail: string): boolean {
  return STREET.test(detail) && HOUSE_NUMBER.test(detail);
}

/** Whether a courier might fail to find the address: a field is invalid, or no street and number. */
export function isAddressIncomplete(address: AddressInput): boolean {
  return validateAddress(address).length > 0 || !detailHasStreetAndNumber(address.detail);
}

/** Orders from the phone in the window ending at this order, this one included. */
export function ordersFromPhoneWithinWindow(input: RiskInput): number {
  const since = input.placedAt - REPEAT_PHONE_WINDOW_MS;
  let count = 1;
  for (const at of input.samePhonePlacedAt) if (at >= since && at <= input.placedAt) count += 1;
  return count;
}

/**
 * The reasons to look twice at an order before approving it. The rules are simple on purpose:
 * a reviewer must be able to see why a flag is there.
 */
export function assessRisk(input: RiskInput): RiskFlag[] {
  const flags: RiskFlag[] = [];
  if (input.total > HIGH_AMOUNT_OVER) flags.push('high_amount');
  if (input.earlierOrdersOfCustomer === 0 && input.total > FIRST_ORDER_HIGH_AMOUNT_OVER)
    flags.push('first_order_high_amount');
  const address = input.shippingAddress;
  if (input.addressIncomplete ?? isAddressIncomplete(address)) flags.push('incomplete_address');
  if (ordersFromPhoneWithinWindow(input) >= REPEAT_PHONE_MIN_ORDERS) flags.push('repeat_phone_24h');
  const phoneRegion = input.phoneProvince ? provinceByName(input.phoneProvince)?.region : undefined;
  const shipRegion = provinceByName(address.province.trim())?.region;
  if (phoneRegion && shipRegion && !regionsAreNear(phoneRegion, shipRegion))
    flags.push('phone_region_mismatch');
  return flags;
}
