import type { Region } from '../region';
import { coverTarget } from './cover';
import { isOverstocked } from './stock';

/** Another location's stock of the same SKU, as a possible donor. */
export interface TransferCandidate {
  locationId: string;
  region: Region;
  available: number;
  reorderPoint: number;
  velocity: number;
  targetCoverDays: number;
}

/**
 * What an overstocked location can give without falling below its own cover target (its reorder
 * point or its target cover days, whichever needs more). Any other location gives nothing.
 */
export function transferableQuantity(candidate: TransferCandidate): number {
  if (!isOverstocked(candidate)) return 0;
  return Math.max(0, candidate.available - coverTarget(candidate));
}

/** A transfer covering less than this share of the need is not worth a trip. */
export const MIN_TRANSFER_SHARE = 1 / 3;

export interface TransferNeed {
  locationId: string;
  region: Region;
  quantity: number;
}

/**
 * The donor for a location that needs `quantity` units: never the location itself, never one that
 * can give less than MIN_TRANSFER_SHARE of it; one that can give all of it before one that cannot, then a
 * location in the same region (a shorter haul), then the one with the most to give, then by
 * location id so the answer is stable. Gives what it can, up to the need.
 */
export function suggestTransfer(
  need: TransferNeed,
  candidates: readonly TransferCandidate[],
): { locationId: string; quantity: number } | null {
  if (need.quantity <= 0) return null;
  const donors = candidates
    .filter((candidate) => candidate.locationId !== need.locationId)
    .map((candidate) => ({ candidate, transferable: transferableQuantity(candidate) }))
    .filter(({ transferable }) => transferable >= Math.ceil(need.quantity * MIN_TRANSFER_SHARE))
    .sort(
      (a, b) =>
        Number(b.transferable >= need.quantity) - Number(a.transferable >= need.quantity) ||
        Number(b.candidate.region === need.region) - Number(a.candidate.region === need.region) ||
        b.transferable - a.transferable ||
        a.candidate.locationId.localeCompare(b.candidate.locationId),
    );
  const best = donors[0];
  if (!best) return null;
  return {
    locationId: best.candidate.locationId,
    quantity: Math.min(need.quantity, best.transferable),
  };
}
