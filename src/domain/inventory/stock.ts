import type { AlertLevel } from './vocabulary';
import { daysOfCover } from './cover';

export type StockStatus = 'ok' | 'low' | 'out' | 'overstock';

export interface StockFigures {
  onHand: number;
  reserved: number;
  reorderPoint: number;
  /** Units sold per day (see salesVelocity). */
  velocity: number;
  targetCoverDays: number;
}

/** What can still be promised to new orders. Negative means more is reserved than is on the shelf. */
export function availableStock(stock: Pick<StockFigures, 'onHand' | 'reserved'>): number {
  return stock.onHand - stock.reserved;
}

/** Days of cover above this many target cover days count as overstock. */
export const OVERSTOCK_COVER_FACTOR = 3;
/** Without sales, available above this many reorder points counts as overstock. */
export const OVERSTOCK_FACTOR = 6;

export interface AvailableFigures {
  available: number;
  reorderPoint: number;
  velocity: number;
  targetCoverDays: number;
}

/**
 * Far more than the location needs. Compares the days of cover as shown (1 decimal), so a figure
 * that reads exactly 3 × the target is not overstock.
 */
export function isOverstocked(figures: AvailableFigures): boolean {
  const { available, reorderPoint, velocity, targetCoverDays } = figures;
  if (available <= 0) return false;
  if (velocity > 0) {
    const cover = daysOfCover(available, velocity) ?? 0;
    return cover > OVERSTOCK_COVER_FACTOR * targetCoverDays;
  }
  return reorderPoint > 0 && available > OVERSTOCK_FACTOR * reorderPoint;
}

export function stockStatus(stock: StockFigures): StockStatus {
  const available = availableStock(stock);
  const level = alertLevelOf({ available, reorderPoint: stock.reorderPoint });
  if (level) return level;
  return isOverstocked({ ...stock, available }) ? 'overstock' : 'ok';
}

/** The alert a stock level calls for: out when nothing is left to promise, low below the reorder point. */
export function alertLevelOf(stock: {
  available: number;
  reorderPoint: number;
}): AlertLevel | null {
  if (stock.available <= 0) return 'out';
  if (stock.available < stock.reorderPoint) return 'low';
  return null;
}
