import type { output } from 'zod/v4/core';
import type { AllocationCandidate, AllocationQuery } from '@/api/contract';
import { orderInScope, type Scope } from '@/domain/access';
import {
  pickCarrier,
  suggestAllocation,
  type AllocationSuggestion,
  type CandidateLocation,
} from '@/domain/allocation';
import { normaliseOrderNumber } from '@/domain/ids';
import {
  candidateLocations,
  destinationOf,
  linesOf,
  shippingStoreLocations,
  weightOf,
} from './allocation';
import type { MockDb } from './database';
import { toSummary } from './present';
import type { OrderRow } from './types';

export type CandidateQuery = output<typeof AllocationQuery>;

/** The approved orders in scope that wait for a location, matching the filters, oldest paid first. */
function waiting(db: MockDb, scope: Scope, query: CandidateQuery): OrderRow[] {
  const allowedStores = db.stores.map(
    (store) =>
      (!query.storeId?.length || query.storeId.includes(store.id)) &&
      (!query.region?.length || query.region.includes(store.region)) &&
      orderInScope(scope, {
        storeId: store.id,
        region: store.region,
        locationId: null,
        status: 'approved',
      }),
  );
  const q = query.q ? normaliseOrderNumber(query.q) : '';
  const rows: OrderRow[] = [];
  for (const position of db.byStatus.get('approved') ?? []) {
    const row = db.orders[position] as OrderRow;
    if (row.locationId !== null || !allowedStores[row.storeIndex]) continue;
    if (q && !row.number.includes(q)) continue;
    rows.push(row);
  }
  const paid = (row: OrderRow) => row.paidAt ?? row.placedAt;
  return rows.sort((a, b) => paid(a) - paid(b) || a.number.localeCompare(b.number));
}

interface Context {
  locations: CandidateLocation[];
  shipping: Set<string>;
}

function suggestionFor(db: MockDb, context: Context, row: OrderRow): AllocationSuggestion {
  return suggestAllocation({
    lines: linesOf(db, row),
    destination: destinationOf(db, row),
    locations: context.locations,
    shippingStoreLocationIds: context.shipping,
  });
}

function present(db: MockDb, row: OrderRow, suggestion: AllocationSuggestion): AllocationCandidate {
  const destination = destinationOf(db, row);
  const weightGrams = weightOf(db, row);
  const ruleCarrier = pickCarrier(db.carrierRules.rules, db.carrierRules.fallback, {
    region: destination.region,
    weightGrams,
  });
  const product = (id: string) => db.productAt(db.productIndexById.get(id) ?? -1);
  const nameOf = (id: string) => db.locationById.get(id)?.name ?? id;
  const best = suggestion.best;
  return {
    order: toSummary(db, row),
    destination,
    weightGrams,
    suggestion: best
      ? {
          locationId: best.locationId,
          locationName: nameOf(best.locationId),
          carrier: ruleCarrier,
          reason: best.reason,
        }
      : null,
    shortages: suggestion.shortages.map((s) => ({
      productId: s.productId,
      sku: product(s.productId).sku,
      productName: product(s.productId).name,
      quantity: s.quantity,
      bestAvailable: s.bestAvailable,
    })),
    options: suggestion.options.map((o) => ({
      locationId: o.locationId,
      locationName: nameOf(o.locationId),
      kind: o.kind,
      canFulfil: o.canFulfil,
      shortSkus: o.shortProductIds.map((id) => product(id).sku),
    })),
    ruleCarrier,
  };
}

/**
 * One page of allocation candidates. Suggestions are computed from the stock as it is now; the
 * `state` filter needs every waiting order's, which is affordable: only approved orders in scope
 * are assessed (a few thousand at most), five locations each.
 */
export function listAllocationCandidates(
  db: MockDb,
  scope: Scope,
  query: CandidateQuery,
): { items: AllocationCandidate[]; total: number } {
  const context: Context = {
    locations: candidateLocations(db),
    shipping: shippingStoreLocations(db),
  };
  const rows = waiting(db, scope, query);
  const skip = (query.page - 1) * query.pageSize;
  if (!query.state) {
    const page = rows.slice(skip, skip + query.pageSize);
    return {
      items: page.map((row) => present(db, row, suggestionFor(db, context, row))),
      total: rows.length,
    };
  }
  const wanted = query.state === 'suggested';
  const matching: { row: OrderRow; suggestion: AllocationSuggestion }[] = [];
  for (const row of rows) {
    const suggestion = suggestionFor(db, context, row);
    if ((suggestion.best !== null) === wanted) matching.push({ row, suggestion });
  }
  return {
    items: matching
      .slice(skip, skip + query.pageSize)
      .map(({ row, suggestion }) => present(db, row, suggestion)),
    total: matching.length,
  };
}
