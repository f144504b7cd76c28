import type { Role } from '@/domain/access';
import { roleMayCorrectWaybills } from '@/domain/waybill/correction';

/**
 * Who sees "Correct waybill": the roles the correction rule allows (warehouse staff and admins);
 * the backend still decides per order, e.g. only parcels shipped from the user's own locations.
 */
export function canCorrectWaybill(role: Role): boolean {
  return roleMayCorrectWaybills(role);
}
