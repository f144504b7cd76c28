import type { Role } from '@/domain/access';

const WAYBILL_CORRECTORS: readonly Role[] = ['warehouse', 'admin'];

/** Who sees "Correct waybill": the warehouse that shipped the order and admins (the backend decides per order). */
export function canCorrectWaybill(role: Role): boolean {
  return WAYBILL_CORRECTORS.includes(role);
}
