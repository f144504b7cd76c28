export type StockStatus = 'ok' | 'low' | 'out' | 'overstock';

export interface StockFigures {
  onHand: number;
  reserved: number;
  reorderPoint: number;
}

/** What can still be promised to new orders. Negative means more is reserved than is on the shelf. */
export function availableStock(stock: Pick<StockFigures, 'onHand' | 'reserved'>): number {
  return stock.onHand - stock.reserved;
}

/** Available stock above this many reorder points counts as overstock. */
export const OVERSTOCK_FACTOR = 6;

export function stockStatus(stock: StockFigures): StockStatus {
  const available = availableStock(stock);
  if (available <= 0) return 'out';
  if (available <= stock.reorderPoint) return 'low';
  if (stock.reorderPoint > 0 && available > stock.reorderPoint * OVERSTOCK_FACTOR)
    return 'overstock';
  return 'ok';
}
