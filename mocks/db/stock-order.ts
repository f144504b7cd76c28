import type { StockLevel, StockSort, StockSortKey } from '@/api/contract';
import type { StockTable } from './stock-table';

/** Status sorts by urgency: nothing left first, too much last. */
const STATUS_RANK: Record<StockLevel['status'], number> = { out: 0, low: 1, ok: 2, overstock: 3 };

/** Keys whose order never changes: every level is ordered by them once, on first use. */
type StaticKey = Extract<StockSortKey, 'sku' | 'productName' | 'category' | 'location'>;
const STATIC_KEYS: ReadonlySet<StockSortKey> = new Set([
  'sku',
  'productName',
  'category',
  'location',
]);

function rankOf(names: Iterable<string>, compare: (a: string, b: string) => number) {
  const distinct = [...new Set(names)].sort(compare);
  return new Map(distinct.map((name, i) => [name, i]));
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorting stock levels by any STOCK_SORTS key, ties by SKU then location. Keys that never change
 * (SKU, name, category, location) order every level once; a page is then read off that order,
 * skipping levels the filter left out, with no sort at all. The other keys sort only the filtered
 * levels, without a comparator: each gets one number, its value × the tie range + its tie rank,
 * and a typed array of those sorts natively.
 */
export class StockOrder {
  /** Position → rank by SKU, then location: SKU rank × locations + location rank. */
  private readonly tieRank: Float64Array;
  /** Tie rank → position (-1 where no level has that SKU and location). */
  private readonly positionOfTie: Int32Array;
  private readonly staticOrders = new Map<string, Int32Array>();

  constructor(
    private readonly table: StockTable,
    private readonly locationNames: ReadonlyMap<string, string>,
  ) {
    const levels = table.levels;
    const sku = rankOf(
      levels.map((l) => l.sku),
      byCodePoint,
    );
    const location = this.locationRank();
    this.tieRank = Float64Array.from(
      levels,
      (l) => (sku.get(l.sku) ?? 0) * location.size + (location.get(l.locationId) ?? 0),
    );
    this.positionOfTie = new Int32Array(Math.max(1, sku.size * location.size)).fill(-1);
    this.tieRank.forEach((tie, position) => {
      this.positionOfTie[tie] = position;
    });
  }

  /** Where a level falls among all levels by SKU, then location. */
  tieOf(position: number): number {
    return this.tieRank[position] ?? 0;
  }

  /**
   * Positions `from` .. `from + size` of the filtered levels sorted by `sort` (ties by SKU, then
   * location; daysOfCover null last in either direction).
   */
  page(filtered: Int32Array, sort: StockSort, from: number, size: number): Int32Array {
    const descending = sort.startsWith('-');
    const key = (descending ? sort.slice(1) : sort) as StockSortKey;
    const end = Math.min(filtered.length, from + size);
    if (from >= end) return new Int32Array(0);
    if (STATIC_KEYS.has(key)) {
      const order = this.staticOrder(key as StaticKey, descending);
      if (filtered.length === order.length) return order.slice(from, end);
      const kept = new Uint8Array(order.length);
      for (const position of filtered) kept[position] = 1;
      const out = new Int32Array(end - from);
      let seen = 0;
      for (let i = 0; i < order.length && seen < end; i += 1) {
        const position = order[i] as number;
        if (!kept[position]) continue;
        if (seen >= from) out[seen - from] = position;
        seen += 1;
      }
      return out;
    }
    return this.sortBy(filtered, this.valueReader(key), descending).slice(from, end);
  }

  /** Sorts by one number per level (null last), ties by SKU then location. */
  private sortBy(
    positions: Int32Array,
    valueOf: (position: number) => number | null,
    descending: boolean,
  ): Int32Array {
    const range = this.positionOfTie.length;
    // Values are clamped so value × range + tie stays an exact integer in a double.
    const limit = Math.floor(Number.MAX_SAFE_INTEGER / range) - 2;
    const nullLast = limit + 1;
    const values = new Float64Array(positions.length);
    for (let i = 0; i < positions.length; i += 1) {
      const position = positions[i] as number;
      const raw = valueOf(position);
      const value =
        raw === null ? nullLast : Math.max(-limit, Math.min(limit, descending ? -raw : raw));
      values[i] = value * range + (this.tieRank[position] as number);
    }
    values.sort();
    const sorted = new Int32Array(values.length);
    for (let i = 0; i < values.length; i += 1) {
      const composite = values[i] as number;
      sorted[i] = this.positionOfTie[((composite % range) + range) % range] as number;
    }
    return sorted;
  }

  private valueReader(key: StockSortKey): (position: number) => number | null {
    const levels = this.table.levels;
    const level = (p: number) => levels[p] as StockLevel;
    switch (key) {
      case 'sku':
      case 'productName':
      case 'category':
      case 'location': {
        const ranks = this.ranksOf(key);
        return (p) => ranks.get(this.staticValue(key, level(p))) ?? 0;
      }
      case 'status':
        return (p) => STATUS_RANK[level(p).status];
      case 'velocity':
        return (p) => Math.round(level(p).velocity * 100);
      case 'daysOfCover':
        return (p) => {
          const cover = level(p).daysOfCover;
          return cover === null ? null : Math.round(cover * 10);
        };
      default:
        return (p) => level(p)[key];
    }
  }

  /** Every level ordered by a key that never changes, built on first use. */
  private staticOrder(key: StaticKey, descending: boolean): Int32Array {
    const name = `${descending ? '-' : ''}${key}`;
    let order = this.staticOrders.get(name);
    if (!order) {
      const all = Int32Array.from(this.table.levels.keys());
      order = this.sortBy(all, this.valueReader(key), descending);
      this.staticOrders.set(name, order);
    }
    return order;
  }

  private staticValue(key: StaticKey, level: StockLevel): string {
    if (key === 'location') return level.locationId;
    return key === 'sku' ? level.sku : key === 'productName' ? level.productName : level.category;
  }

  private ranksOf(key: StaticKey): Map<string, number> {
    if (key === 'location') return this.locationRank();
    const names = this.table.levels.map((level) => this.staticValue(key, level));
    if (key === 'sku') return rankOf(names, byCodePoint);
    return rankOf(names, new Intl.Collator('zh-CN', { numeric: true }).compare);
  }

  /** Locations by name, as a reader of Chinese would order them. */
  private locationRank(): Map<string, number> {
    const collator = new Intl.Collator('zh-CN');
    const ids = [...this.locationNames.keys()].sort(
      (a, b) =>
        collator.compare(this.locationNames.get(a) ?? a, this.locationNames.get(b) ?? b) ||
        byCodePoint(a, b),
    );
    return new Map(ids.map((id, i) => [id, i]));
  }
}
