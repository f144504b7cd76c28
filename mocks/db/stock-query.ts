import type { StockLevel, StockSort } from '@/api/contract';
import { locationInScope, type Scope } from '@/domain/access';
import type { MockDb } from './database';
import { StockOrder } from './stock-order';
import type { StockTable } from './stock-table';

export interface StockFilter {
  locationId?: readonly string[];
  category?: readonly string[];
  status?: readonly StockLevel['status'][];
  q?: string;
}

/** One sorter per table: its ranks are worked out once and the table's positions never move. */
const orders = new WeakMap<StockTable, StockOrder>();

export function stockOrderOf(db: MockDb): StockOrder {
  const table = db.stockIndex;
  let order = orders.get(table);
  if (!order) {
    order = new StockOrder(table, new Map(db.locations.map((l) => [l.id, l.name])));
    orders.set(table, order);
  }
  return order;
}

/** The locations a caller may see, narrowed to the ones asked for. */
export function visibleLocationIds(
  db: MockDb,
  scope: Scope,
  wanted: readonly string[] | undefined,
): Set<string> {
  return new Set(
    db.locations
      .filter((l) => locationInScope(scope, l) && (!wanted?.length || wanted.includes(l.id)))
      .map((l) => l.id),
  );
}

/** Ids of the products whose SKU or name holds the text (case ignored); null for no text. */
export function productsMatching(db: MockDb, q: string | undefined): Set<string> | null {
  const needle = q?.trim().toLowerCase();
  if (!needle) return null;
  const ids = new Set<string>();
  for (const p of db.products)
    if (p.sku.toLowerCase().includes(needle) || p.name.toLowerCase().includes(needle))
      ids.add(p.id);
  return ids;
}

/**
 * Positions of the levels in scope that pass the filter, in no particular order. Walks the smaller of the
 * location and category indexes and checks the rest level by level.
 */
export function filterStock(
  db: MockDb,
  scope: Scope,
  filter: StockFilter,
  keep?: (level: StockLevel) => boolean,
): Int32Array {
  const table = db.stockIndex;
  const locations = visibleLocationIds(db, scope, filter.locationId);
  const categories = filter.category?.length ? new Set(filter.category) : null;
  const statuses = filter.status?.length ? new Set(filter.status) : null;
  const products = productsMatching(db, filter.q);
  const lists = (index: ReadonlyMap<string, Int32Array>, keys: Iterable<string>) =>
    [...keys].map((key) => index.get(key) ?? new Int32Array(0));
  const byLocation = lists(table.byLocation, locations);
  const byCategory = categories ? lists(table.byCategory, categories) : null;
  const size = (l: Int32Array[]) => l.reduce((n, list) => n + list.length, 0);
  const walk = byCategory && size(byCategory) < size(byLocation) ? byCategory : byLocation;
  const out = new Int32Array(size(walk));
  let count = 0;
  if (!categories && !statuses && !products && !keep) {
    // Only locations narrow the list: their indexes are the answer.
    for (const list of byLocation) {
      out.set(list, count);
      count += list.length;
    }
    return out;
  }
  for (const list of walk) {
    for (let i = 0; i < list.length; i += 1) {
      const position = list[i] as number;
      const level = table.levels[position] as StockLevel;
      if (!locations.has(level.locationId)) continue;
      if (categories && !categories.has(level.category)) continue;
      if (statuses && !statuses.has(level.status)) continue;
      if (products && !products.has(level.productId)) continue;
      if (keep && !keep(level)) continue;
      out[count++] = position;
    }
  }
  return out.subarray(0, count);
}

/** One page of the stock list: filtered, then sorted (see StockOrder) and paged. */
export function listStock(
  db: MockDb,
  scope: Scope,
  query: StockFilter & { sort: StockSort; page: number; pageSize: number },
): { items: StockLevel[]; total: number; page: number; pageSize: number } {
  const positions = filterStock(db, scope, query);
  const from = (query.page - 1) * query.pageSize;
  const page = stockOrderOf(db).page(positions, query.sort, from, query.pageSize);
  const items = Array.from(page, (position) => db.stockIndex.levels[position] as StockLevel);
  return { items, total: positions.length, page: query.page, pageSize: query.pageSize };
}
