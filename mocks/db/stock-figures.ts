import type { StockLevel } from '@/api/contract';
import { daysOfCover, suggestedQuantity } from '@/domain/inventory/cover';
import { availableStock, stockStatus } from '@/domain/inventory/stock';

/** What a stock level is made of; the rest of StockLevel follows from it. */
export type StockBase = Omit<
  StockLevel,
  'available' | 'daysOfCover' | 'suggestedQuantity' | 'status'
>;

/** A stock level with every derived figure worked out by the domain rules. */
export function stockLevelOf(base: StockBase): StockLevel {
  const available = availableStock(base);
  const cover = { available, ...thresholdsOf(base) };
  return {
    productId: base.productId,
    sku: base.sku,
    productName: base.productName,
    category: base.category,
    locationId: base.locationId,
    onHand: base.onHand,
    reserved: base.reserved,
    available,
    reorderPoint: base.reorderPoint,
    targetCoverDays: base.targetCoverDays,
    velocity: base.velocity,
    daysOfCover: daysOfCover(available, base.velocity),
    suggestedQuantity: suggestedQuantity(cover),
    status: stockStatus(base),
    version: base.version,
  };
}

function thresholdsOf(base: StockBase) {
  return {
    reorderPoint: base.reorderPoint,
    velocity: base.velocity,
    targetCoverDays: base.targetCoverDays,
  };
}
