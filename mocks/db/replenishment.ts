import type { ReplenishmentLine, StockLevel, TransferSuggestion } from '@/api/contract';
import type { Scope } from '@/domain/access';
import { needsReplenishment } from '@/domain/inventory/cover';
import { suggestTransfer, type TransferCandidate } from '@/domain/inventory/transfer';
import type { MockDb } from './database';
import { filterStock, stockOrderOf, type StockFilter } from './stock-query';

/**
 * Where a level could get stock from: every other location holding the SKU may give, in the
 * caller's scope or not (it is a suggestion; the donor's people decide).
 */
export function transferFor(db: MockDb, level: StockLevel): TransferSuggestion | null {
  const location = db.locationById.get(level.locationId);
  if (!location) return null;
  const candidates: TransferCandidate[] = [];
  const levels = new Map<string, StockLevel>();
  for (const other of db.locations) {
    const held = db.stockLevel(level.productId, other.id);
    if (!held) continue;
    levels.set(other.id, held);
    candidates.push({ locationId: other.id, region: other.region, ...figuresOf(held) });
  }
  const need = {
    locationId: location.id,
    region: location.region,
    quantity: level.suggestedQuantity,
  };
  const transfer = suggestTransfer(need, candidates);
  const donor = transfer ? levels.get(transfer.locationId) : undefined;
  if (!transfer || !donor) return null;
  return {
    fromLocationId: transfer.locationId,
    fromLocationName: db.locationById.get(transfer.locationId)?.name ?? transfer.locationId,
    quantity: transfer.quantity,
    fromAvailable: donor.available,
    fromDaysOfCover: donor.daysOfCover,
  };
}

const figuresOf = (level: StockLevel) => ({
  available: level.available,
  reorderPoint: level.reorderPoint,
  velocity: level.velocity,
  targetCoverDays: level.targetCoverDays,
});

/**
 * The levels in scope that need stock (needsReplenishment), least cover first ("no sales" last),
 * then the lowest available, then by SKU and location; each with a transfer where one exists.
 */
export function listReplenishment(
  db: MockDb,
  scope: Scope,
  query: Omit<StockFilter, 'status'> & { page: number; pageSize: number },
) {
  const levels = db.stockIndex.levels;
  const order = stockOrderOf(db);
  const positions = Array.from(filterStock(db, scope, query, (level) => needsReplenishment(level)));
  const cover = (p: number) => levels[p]?.daysOfCover ?? Number.POSITIVE_INFINITY;
  const available = (p: number) => levels[p]?.available ?? 0;
  positions.sort(
    (a, b) => cover(a) - cover(b) || available(a) - available(b) || order.tieOf(a) - order.tieOf(b),
  );
  const from = (query.page - 1) * query.pageSize;
  const items = positions
    .slice(from, from + query.pageSize)
    .map((p) => lineOf(db, levels[p] as StockLevel));
  return { items, total: positions.length, page: query.page, pageSize: query.pageSize };
}

function lineOf(db: MockDb, level: StockLevel): ReplenishmentLine {
  return {
    productId: level.productId,
    sku: level.sku,
    productName: level.productName,
    category: level.category,
    locationId: level.locationId,
    locationName: db.locationById.get(level.locationId)?.name ?? level.locationId,
    available: level.available,
    reorderPoint: level.reorderPoint,
    targetCoverDays: level.targetCoverDays,
    velocity: level.velocity,
    daysOfCover: level.daysOfCover,
    suggestedQuantity: level.suggestedQuantity,
    status: level.status,
    transfer: transferFor(db, level),
  };
}
