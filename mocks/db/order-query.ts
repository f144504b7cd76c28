import type { OrderListParams, StatusCounts } from '@/api/contract';
import { orderInScope, type Scope } from '@/domain/access';
import { ORDER_STATUSES, type OrderStatus } from '@/domain/order/status';
import { STATUS_INDEX } from './columns';
import type { MockDb } from './database';
import { lowerBound, unionSorted } from './sorted';
import { positionRange, positionsMatching } from './order-search';
import {
  analyticsTest,
  placedNoLaterThanShipped,
  shippedWindow,
  storeMatches,
} from './order-filters';
import type { OrderRow } from './types';

export type OrderFilter = Omit<
  OrderListParams,
  'page' | 'pageSize' | 'sort' | 'status' | 'tagMode'
> & {
  status?: OrderListParams['status'];
  tagMode?: OrderListParams['tagMode'];
};

/** A filter compiled against the indexes: where to look, and what each candidate must pass. */
interface Plan {
  /** Ascending positions to visit, or null for the position range alone. */
  candidates: readonly number[] | null;
  from: number;
  to: number;
  test: (position: number) => boolean;
  empty: boolean;
  /** Every order in [from, to) matches: no row needs testing. */
  onlyRange: boolean;
  /** Set when stores are the only restriction, so per-store counts answer without a scan. */
  allowedStores: readonly boolean[] | null;
}

const SMALL_RESULT = 20_000;

function plan(db: MockDb, scope: Scope, filter: OrderFilter): Plan {
  // Who may see an order depends only on its store, location and status: decide each
  // combination once, by the domain rule (the location filter narrows the same table).
  const slots = db.locations.length + 1;
  const statusCount = ORDER_STATUSES.length;
  const stride = slots * statusCount;
  const allowed = new Uint8Array(db.stores.length * stride);
  const locationFilter = filter.locationId?.length ? new Set(filter.locationId) : null;
  const allowedStores = db.stores.map((store, s) => {
    if (!storeMatches(store, filter)) return false;
    let any = false;
    for (let l = 0; l < slots; l += 1) {
      const locationId = l === 0 ? null : (db.locations[l - 1]?.id ?? null);
      if (locationFilter && (locationId === null || !locationFilter.has(locationId))) continue;
      ORDER_STATUSES.forEach((status, k) => {
        const ok = orderInScope(scope, {
          storeId: store.id,
          region: store.region,
          locationId,
          status,
        });
        allowed[s * stride + l * statusCount + k] = ok ? 1 : 0;
        any ||= ok;
      });
    }
    return any;
  });
  const locationMatters = scope.role === 'warehouse' || locationFilter !== null;
  const shipped = shippedWindow(db, filter);
  const [shippedStart, shippedEnd] = shipped ?? [-Infinity, Infinity];
  const [from, to] = positionRange(db, placedNoLaterThanShipped(filter, shipped));
  const sources: { size: number; list: () => readonly number[] }[] = [
    { size: to - from, list: () => [] },
  ];
  const storeLists = db.byStore.filter((_, i) => allowedStores[i]);
  if (storeLists.length < db.stores.length) {
    sources.push({
      size: storeLists.reduce((n, l) => n + l.length, 0),
      list: () => unionSorted(storeLists),
    });
  }
  const sourceOf = (lists: readonly number[][]) => ({
    size: lists.reduce((n, l) => n + l.length, 0),
    list: () => unionSorted(lists),
  });
  if (scope.role === 'warehouse') {
    // Its locations' orders, and the approved ones it may allocate.
    const lists = scope.locationIds.map((id) => db.byLocation.get(id) ?? []);
    if (scope.regions.length > 0) lists.push(db.byStatus.get('approved') ?? []);
    sources.push(sourceOf(lists));
  }
  if (locationFilter)
    sources.push(sourceOf([...locationFilter].map((id) => db.byLocation.get(id) ?? [])));
  const status = filter.status && filter.status !== 'all' ? (filter.status as OrderStatus) : null;
  if (status) {
    const list = db.byStatus.get(status) ?? [];
    sources.push({ size: list.length, list: () => list });
  }
  let matched: Uint8Array | null = null;
  if (filter.q) {
    const list = positionsMatching(db, filter.q);
    matched = new Uint8Array(db.orders.length);
    for (const position of list) matched[position] = 1;
    sources.push({ size: list.length, list: () => list });
  }
  const best = sources.reduce((a, b) => (b.size < a.size ? b : a));
  const candidates = best === sources[0] ? null : best.list();

  const cols = db.columns;
  const statusIndex = status ? STATUS_INDEX[status] : -1;
  const paymentMask = filter.paymentStatus?.length
    ? filter.paymentStatus.reduce((mask, p) => mask | (1 << cols.paymentIndex(p)), 0)
    : 0;
  const tags = filter.tags && filter.tags.length > 0 ? filter.tags : null;
  const tagMask = tags ? tags.reduce((mask, t) => (mask | db.tagBitOf(t)) >>> 0, 0) : 0;
  const allTags = filter.tagMode === 'all';
  const tagsOnRow = db.tagBitsShared;
  const minTotal = filter.minTotal ?? -Infinity;
  const maxTotal = filter.maxTotal ?? Infinity;
  const exception = filter.hasException === undefined ? -1 : filter.hasException ? 1 : 0;
  const carriers = filter.carrier?.length
    ? new Set(filter.carrier.map((c) => cols.carrierIndex(c)))
    : null;
  const riskFlagged = filter.riskFlagged === true;
  const analytics = analyticsTest(db, filter);
  const shippedAt = cols.shippedAt;
  const test = (position: number): boolean => {
    if (position < from || position >= to) return false;
    if (shipped) {
      // NaN (not shipped) fails both comparisons.
      const at = shippedAt[position] as number;
      if (!(at >= shippedStart && at < shippedEnd)) return false;
    }
    if (
      allowed[
        (cols.store[position] as number) * stride +
          (cols.location[position] as number) * statusCount +
          (cols.status[position] as number)
      ] !== 1
    )
      return false;
    if (statusIndex >= 0 && cols.status[position] !== statusIndex) return false;
    if (paymentMask !== 0 && (paymentMask & (1 << (cols.payment[position] as number))) === 0)
      return false;
    const total = cols.total[position] as number;
    if (total < minTotal || total > maxTotal) return false;
    if (exception >= 0 && cols.exception[position] !== exception) return false;
    if (carriers && !carriers.has(cols.carrier[position] as number)) return false;
    if (tags) {
      const bits = cols.tags[position] as number;
      if (allTags ? (bits & tagMask) >>> 0 !== tagMask : (bits & tagMask) === 0) return false;
      if (tagsOnRow) {
        const row = db.orders[position] as OrderRow;
        if (
          allTags
            ? !tags.every((t) => row.tagIds.includes(t))
            : !tags.some((t) => row.tagIds.includes(t))
        )
          return false;
      }
    }
    if (matched && matched[position] !== 1) return false;
    if (riskFlagged && (db.orders[position] as OrderRow).riskFlags.length === 0) return false;
    if (analytics && !analytics(position)) return false;
    return true;
  };
  const noRowFilters =
    !shipped &&
    !status &&
    !paymentMask &&
    !tags &&
    filter.minTotal === undefined &&
    filter.maxTotal === undefined &&
    exception < 0 &&
    !carriers &&
    !riskFlagged &&
    !analytics &&
    !matched;
  const onlyRange =
    noRowFilters &&
    candidates === null &&
    !locationMatters &&
    allowedStores.every(Boolean) &&
    allowed.every((a) => a === 1);
  const onlyStores =
    noRowFilters &&
    !locationMatters &&
    from === 0 &&
    to === db.orders.length &&
    allowed.every((a, i) => a === (allowedStores[Math.floor(i / stride)] ? 1 : 0));
  return {
    candidates,
    from,
    to,
    test,
    empty: allowedStores.every((a) => !a),
    onlyRange,
    allowedStores: onlyStores ? allowedStores : null,
  };
}

function forEachCandidate(p: Plan, visit: (position: number) => void): void {
  if (p.empty) return;
  if (p.candidates) {
    const start = lowerBound(p.candidates, p.from);
    for (let i = start; i < p.candidates.length; i += 1) {
      const position = p.candidates[i] as number;
      if (position >= p.to) break;
      if (p.test(position)) visit(position);
    }
    return;
  }
  for (let position = p.from; position < p.to; position += 1) {
    if (p.test(position)) visit(position);
  }
}

export interface OrderListResult {
  rows: OrderRow[];
  total: number;
}

/** Walks positions in the given orders, testing each, counting all matches and keeping one page. */
function walk(
  db: MockDb,
  p: Plan,
  orders: readonly ArrayLike<number>[],
  skip: number,
  take: number,
): OrderListResult {
  const rows: OrderRow[] = [];
  let total = 0;
  for (const order of orders) {
    for (let i = 0; i < order.length; i += 1) {
      const position = order[i] as number;
      if (!p.test(position)) continue;
      if (total >= skip && total < skip + take) rows.push(db.orders[position] as OrderRow);
      total += 1;
    }
  }
  return { rows, total };
}

/** One page of the orders in scope matching the filter, sorted as asked. */
export function queryOrders(db: MockDb, scope: Scope, params: OrderListParams): OrderListResult {
  const p = plan(db, scope, params);
  const skip = (params.page - 1) * params.pageSize;
  const take = params.pageSize;
  if (p.empty) return { rows: [], total: 0 };

  if (p.onlyRange && (params.sort === '-placedAt' || params.sort === 'placedAt')) {
    const total = p.to - p.from;
    const slice =
      params.sort === '-placedAt'
        ? db.orders.slice(p.from + skip, Math.min(p.to, p.from + skip + take))
        : db.orders
            .slice(Math.max(p.from, p.to - skip - take), Math.max(p.from, p.to - skip))
            .reverse();
    return { rows: slice, total };
  }

  if (params.sort === '-placedAt') {
    const rows: OrderRow[] = [];
    let total = 0;
    forEachCandidate(p, (position) => {
      if (total >= skip && total < skip + take) rows.push(db.orders[position] as OrderRow);
      total += 1;
    });
    return { rows, total };
  }

  const candidateCount = p.candidates ? p.candidates.length : p.to - p.from;
  const descending = params.sort.startsWith('-');
  if (candidateCount > SMALL_RESULT && params.sort !== 'placedAt') {
    // Many candidates: walk a prebuilt order instead of sorting them.
    if (params.sort.endsWith('total'))
      return walk(db, p, [descending ? db.byTotalDesc : db.byTotal], skip, take);
    const statuses = descending ? [...ORDER_STATUSES].reverse() : ORDER_STATUSES;
    return walk(
      db,
      p,
      statuses.map((status) => db.byStatus.get(status) ?? []),
      skip,
      take,
    );
  }

  const positions: number[] = [];
  forEachCandidate(p, (position) => positions.push(position));
  if (params.sort === 'placedAt') positions.reverse();
  else {
    const key = params.sort.endsWith('total')
      ? (position: number) => (db.orders[position] as OrderRow).total
      : (position: number) => STATUS_INDEX[(db.orders[position] as OrderRow).status];
    const sign = descending ? -1 : 1;
    positions.sort((a, b) => sign * (key(a) - key(b)) || a - b);
  }
  return {
    rows: positions.slice(skip, skip + take).map((position) => db.orders[position] as OrderRow),
    total: positions.length,
  };
}

/** Orders per status tab for the filter, ignoring its status. */
export function countOrders(db: MockDb, scope: Scope, filter: OrderFilter): StatusCounts {
  const p = plan(db, scope, { ...filter, status: 'all' });
  const perStatus = new Array<number>(ORDER_STATUSES.length).fill(0);
  if (p.empty) {
    // Nothing in scope.
  } else if (p.allowedStores) {
    // The usual tab counts: kept per store and status, no scan needed.
    p.allowedStores.forEach((allowed, store) => {
      if (!allowed) return;
      const row = db.statusCountsByStore[store];
      if (row) row.forEach((n, i) => (perStatus[i] = (perStatus[i] as number) + n));
    });
  } else {
    const statuses = db.columns.status;
    forEachCandidate(p, (position) => {
      const i = statuses[position] as number;
      perStatus[i] = (perStatus[i] as number) + 1;
    });
  }
  const counts = { all: 0 } as StatusCounts;
  ORDER_STATUSES.forEach((status, i) => {
    counts[status] = perStatus[i] as number;
    counts.all += perStatus[i] as number;
  });
  return counts;
}
