/** Sales velocity is averaged over this many days. */
export const SALES_WINDOW_DAYS = 30;

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Units sold per day over the window, to 2 decimals. */
export function salesVelocity(unitsSold: number, days: number = SALES_WINDOW_DAYS): number {
  if (days <= 0 || unitsSold <= 0) return 0;
  return roundTo(unitsSold / days, 2);
}

/**
 * How many days available lasts at this velocity, to 1 decimal. null when nothing sells (cover is
 * unbounded, even when nothing is available); 0 when nothing is available.
 */
export function daysOfCover(available: number, velocity: number): number | null {
  if (velocity <= 0) return null;
  if (available <= 0) return 0;
  return roundTo(available / velocity, 1);
}

export interface CoverFigures {
  available: number;
  reorderPoint: number;
  velocity: number;
  targetCoverDays: number;
}

/**
 * The available stock a location should hold: enough for its target cover days, and never less
 * than its reorder point (so a restock never leaves it still low).
 */
export function coverTarget(figures: Omit<CoverFigures, 'available'>): number {
  // Velocity has 2 decimals, so the product has at most 2; rounding first stops 0.1 × 30 =
  // 3.0000000000000004 from asking for a 4th unit.
  const forCover = Math.ceil(roundTo(figures.velocity * figures.targetCoverDays, 2));
  return Math.max(forCover, figures.reorderPoint);
}

/** Whole units that bring available up to the cover target; 0 when it is already there. */
export function suggestedQuantity(figures: CoverFigures): number {
  return Math.max(0, coverTarget(figures) - figures.available);
}

/**
 * Below its reorder point or out of stock (a reorder point of 0 still runs out), with something
 * to order.
 */
export function needsReplenishment(figures: CoverFigures): boolean {
  const low = figures.available < figures.reorderPoint || figures.available <= 0;
  return low && suggestedQuantity(figures) > 0;
}
