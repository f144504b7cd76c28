import type { User } from '@/api/contract/auth';
import type { Location } from '@/api/contract/reference';
import { canAdjustStockAt, canEditThresholdsAt, locationInScope } from '@/domain/access';

/** What the signed-in person may do to the stock of one location. */
export interface StockPermissions {
  adjust: boolean;
  editThresholds: boolean;
}

const NOTHING: StockPermissions = { adjust: false, editThresholds: false };

export function stockPermissionsAt(
  user: User | null,
  location: Location | undefined,
): StockPermissions {
  if (!user || !location) return NOTHING;
  return {
    adjust: canAdjustStockAt(user, location),
    editThresholds: canEditThresholdsAt(user, location),
  };
}

/** The locations whose stock the person may see and change. */
export function locationsInScope(
  user: User | null,
  locations: readonly Location[],
): readonly Location[] {
  if (!user) return [];
  return locations.filter((location) => locationInScope(user, location));
}
