import type { Address, FieldError } from '@/api/contract';
import { canEditAddress, normalisePhone, validateAddress } from '@/domain/address';
import { maskPhone } from '@/domain/customer';
import { RISK_FLAGS, assessRisk, type RiskFlag } from '@/domain/order/risk';
import { HttpProblem } from '../handlers/problem';
import { cityOf } from '../seed/details';
import type { MockDb } from './database';
import { appendEvent, audit, change, checkVersion, words, type Acting } from './order-commands';
import type { OrderRow } from './types';

/** The address the order ships to now: a corrected one, or the customer's own. Phone unmasked. */
export function currentAddress(db: MockDb, row: OrderRow): Address {
  if (row.address) return row.address;
  const customer = db.customerOf(row);
  const city = cityOf(customer.cityIndex);
  return {
    recipient: customer.name,
    phone: customer.phone,
    province: city.province,
    city: city.city,
    district: customer.district,
    detail: customer.detail,
    postalCode: customer.postalCode,
  };
}

/** One line, as the timeline shows it; the phone stays masked there. */
function addressLine(address: Address): string {
  const place = address.city === address.province ? address.city : address.province + address.city;
  return `${address.recipient} ${maskPhone(address.phone)} ${place}${address.district}${address.detail}`;
}

/** Flags decided by the shipping address alone; the others (amount, history) do not change with it. */
const ADDRESS_FLAGS: readonly RiskFlag[] = ['incomplete_address', 'phone_region_mismatch'];

function riskFlagsWith(db: MockDb, row: OrderRow, address: Address): RiskFlag[] {
  const customer = db.customerOf(row);
  const assessed = assessRisk({
    total: row.total,
    placedAt: row.placedAt,
    // Only the address flags are taken from this assessment, so history is left out.
    earlierOrdersOfCustomer: 1,
    samePhonePlacedAt: [],
    shippingAddress: address,
    // Where a number is registered is known for the customer's own number only.
    phoneProvince: address.phone === customer.phone ? customer.phoneProvince : null,
  });
  const kept = row.riskFlags.filter((flag) => !ADDRESS_FLAGS.includes(flag));
  const flags = new Set([...kept, ...assessed.filter((flag) => ADDRESS_FLAGS.includes(flag))]);
  return RISK_FLAGS.filter((flag) => flags.has(flag));
}

const ADDRESS_MESSAGES = {
  required: 'is required',
  too_long: 'is too long',
  too_short: 'is too short',
  invalid_phone: 'is not a mainland mobile or landline number',
  unknown_province: 'is not a province of mainland China',
} as const;

/** Corrects the shipping address before the order ships. */
export function updateAddress(
  db: MockDb,
  acting: Acting,
  row: OrderRow,
  address: Address,
  expectedVersion: number,
): OrderRow {
  checkVersion(row, expectedVersion);
  if (!canEditAddress(row.status)) {
    throw new HttpProblem(
      409,
      'wrong_state',
      `Order ${row.number} is ${words(row.status)}; its address can no longer be changed`,
    );
  }
  const before = currentAddress(db, row);
  // The order page shows the phone masked: sent back unchanged, it means "keep the number".
  const phone = address.phone === maskPhone(before.phone) ? before.phone : address.phone;
  const problems = validateAddress({ ...address, phone });
  if (problems.length > 0) {
    const errors: FieldError[] = problems.map((p) => ({
      field: `address.${p.field}`,
      code: p.code,
      message: `${p.field} ${ADDRESS_MESSAGES[p.code]}`,
    }));
    throw new HttpProblem(422, 'validation', 'The address is not complete or not valid', errors);
  }
  const after: Address = {
    recipient: address.recipient.trim(),
    phone: normalisePhone(phone),
    province: address.province.trim(),
    city: address.city.trim(),
    district: address.district.trim(),
    detail: address.detail.trim(),
    ...(address.postalCode ? { postalCode: address.postalCode.trim() } : {}),
  };
  const updated = change(db, acting, row, (draft) => {
    draft.address = after;
    draft.riskFlags = riskFlagsWith(db, row, after);
    appendEvent(draft, acting, 'address_changed', {
      before: addressLine(before),
      after: addressLine(after),
    });
  });
  audit(db, acting, row, 'address_changed', {
    before: addressLine(before),
    after: addressLine(after),
  });
  return updated;
}
