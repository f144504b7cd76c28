import type { Region } from '../region';
import { quantitiesByProduct, type AllocationLine, type StockLookup } from './reserve';

export const ALLOCATION_REASONS = ['same_province', 'same_region', 'most_stock'] as const;
export type AllocationReason = (typeof ALLOCATION_REASONS)[number];

export interface CandidateLocation {
  id: string;
  kind: 'warehouse' | 'store';
  province: string;
  region: Region;
  /** Available stock per product here. */
  stock: StockLookup;
}

export interface AllocationInput {
  lines: readonly AllocationLine[];
  destination: { province: string; region: Region };
  locations: readonly CandidateLocation[];
  /**
   * Store locations some store is configured to ship from (Store.shipsFromLocationId); any other
   * store location is no candidate. Warehouses always are.
   */
  shippingStoreLocationIds: ReadonlySet<string>;
}

export interface LocationAssessment {
  locationId: string;
  kind: CandidateLocation['kind'];
  /** Enough available here for every line. */
  canFulfil: boolean;
  /** Products this location has too few of (empty when it can fulfil). */
  shortProductIds: string[];
  /**
   * How far the most stretched line is from running out: the least, over the lines, of
   * available − quantity. "Most stock" means the highest headroom.
   */
  headroom: number;
  sameProvince: boolean;
  sameRegion: boolean;
}

/** A line no single location covers, and the most available at any one location. */
export interface ProductShortage {
  productId: string;
  quantity: number;
  bestAvailable: number;
}

export interface AllocationSuggestion {
  best: { locationId: string; reason: AllocationReason } | null;
  /** Every candidate location, best first. */
  options: LocationAssessment[];
  /** When no location can fulfil the order on its own: the lines that stand in the way. */
  shortages: ProductShortage[];
}

function assess(
  location: CandidateLocation,
  quantities: ReadonlyMap<string, number>,
  destination: AllocationInput['destination'],
): LocationAssessment {
  const shortProductIds: string[] = [];
  let headroom = Infinity;
  for (const [productId, quantity] of quantities) {
    const left = (location.stock.get(productId) ?? 0) - quantity;
    if (left < 0) shortProductIds.push(productId);
    headroom = Math.min(headroom, left);
  }
  return {
    locationId: location.id,
    kind: location.kind,
    canFulfil: shortProductIds.length === 0,
    shortProductIds,
    headroom: headroom === Infinity ? 0 : headroom,
    sameProvince: location.province === destination.province,
    sameRegion: location.region === destination.region,
  };
}

/**
 * Best first: locations that can fulfil the order, then nearness (same province, then same
 * region), then the most stock. Among those that cannot: the fewest short products first.
 */
function compare(a: LocationAssessment, b: LocationAssessment): number {
  if (a.canFulfil !== b.canFulfil) return a.canFulfil ? -1 : 1;
  if (!a.canFulfil && a.shortProductIds.length !== b.shortProductIds.length)
    return a.shortProductIds.length - b.shortProductIds.length;
  if (a.sameProvince !== b.sameProvince) return a.sameProvince ? -1 : 1;
  if (a.sameRegion !== b.sameRegion) return a.sameRegion ? -1 : 1;
  return b.headroom - a.headroom;
}

function reasonOf(best: LocationAssessment): AllocationReason {
  if (best.sameProvince) return 'same_province';
  if (best.sameRegion) return 'same_region';
  return 'most_stock';
}

/**
 * The best location to ship an order from: one with enough available for every line, nearest
 * the destination, then with the most stock; every candidate ranked for an override; and when
 * none can fulfil the order alone, why. Those shortages are the lines no location has enough
 * of; when every line is covered somewhere but never all in one place, the lines the
 * best-ranked location lacks.
 */
export function suggestAllocation(input: AllocationInput): AllocationSuggestion {
  const quantities = quantitiesByProduct(input.lines);
  const candidates = input.locations.filter(
    (l) => l.kind === 'warehouse' || input.shippingStoreLocationIds.has(l.id),
  );
  // A stable sort keeps the callers' order (warehouses first, say) among equals.
  const options = candidates
    .map((location) => assess(location, quantities, input.destination))
    .sort(compare);
  const best = options[0];
  if (best?.canFulfil) {
    return {
      best: { locationId: best.locationId, reason: reasonOf(best) },
      options,
      shortages: [],
    };
  }
  const shortages: ProductShortage[] = [];
  for (const [productId, quantity] of quantities) {
    const bestAvailable = candidates.reduce(
      (most, location) => Math.max(most, location.stock.get(productId) ?? 0),
      candidates.length === 0 ? 0 : -Infinity,
    );
    shortages.push({ productId, quantity, bestAvailable });
  }
  const nowhere = shortages.filter((s) => s.bestAvailable < s.quantity);
  const lacking = new Set(best?.shortProductIds ?? []);
  return {
    best: null,
    options,
    shortages: nowhere.length > 0 ? nowhere : shortages.filter((s) => lacking.has(s.productId)),
  };
}
