import type { Role } from '../access';
import type { OrderStatus } from '../order/status';

/**
 * Correcting a waybill after the parcel left: the number on the order is wrong (a mistyped scan,
 * a label swapped between two parcels) and tracking cannot find the parcel. Only the people who
 * ship from that location, or an admin, know which label went on which parcel.
 */

/** The longest reason kept with a correction, in characters. */
export const CORRECTION_REASON_MAX = 200;

/** Roles that may correct a waybill; warehouse staff only for parcels shipped from their locations. */
const CORRECTORS: readonly Role[] = ['warehouse', 'admin'];

/**
 * Whether the role may correct any waybill at all: the role part of the rule, for offering the
 * action before an order is at hand. Per order, waybillCorrectionRefusal decides.
 */
export function roleMayCorrectWaybills(role: Role): boolean {
  return CORRECTORS.includes(role);
}

export interface WaybillCorrector {
  role: Role;
  locationIds: readonly string[];
}

export interface ShippedOrder {
  status: OrderStatus;
  /** The location the parcel was shipped from; null when there is no shipment. */
  shippedFrom: string | null;
}

export type CorrectionRefusal = 'wrong_state' | 'forbidden';

/**
 * Why this person may not correct the order's waybill now, or null when they may. Only a
 * shipped order that has not arrived yet: once delivered, the parcel was found under its number.
 * A wrong state wins over a wrong role, as with every order action: reloading shows why.
 */
export function waybillCorrectionRefusal(
  person: WaybillCorrector,
  order: ShippedOrder,
): CorrectionRefusal | null {
  if (order.status !== 'shipped' || order.shippedFrom === null) return 'wrong_state';
  if (!roleMayCorrectWaybills(person.role)) return 'forbidden';
  if (person.role === 'warehouse' && !person.locationIds.includes(order.shippedFrom))
    return 'forbidden';
  return null;
}

export function mayCorrectWaybill(person: WaybillCorrector, order: ShippedOrder): boolean {
  return waybillCorrectionRefusal(person, order) === null;
}

export type CorrectionReasonProblem = 'reason_missing' | 'reason_too_long';

/**
 * A correction always says why (the record must explain why the parcel's number changed):
 * something besides spaces and punctuation, at most CORRECTION_REASON_MAX characters.
 */
export function correctionReasonProblem(reason: string): CorrectionReasonProblem | null {
  const trimmed = reason.trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return 'reason_missing';
  if ([...trimmed].length > CORRECTION_REASON_MAX) return 'reason_too_long';
  return null;
}
