import type { Location } from '@/api/contract';
import {
  parcelWeight,
  reserveLines,
  type AllocationLine,
  type CandidateLocation,
} from '@/domain/allocation';
import { transition } from '@/domain/order/status';
import { regionOfProvince, type Region } from '@/domain/region';
import type { Carrier } from '@/domain/waybill/carriers';
import { HttpProblem, forbidden } from '../handlers/problem';
import { cityOf } from '../seed/details';
import type { MockDb } from './database';
import {
  appendEvent,
  audit,
  change,
  checkVersion,
  releaseAllocation,
  words,
  type Acting,
} from './order-commands';
import type { OrderRow } from './types';

/**
 * Allocating an order to a location and carrier (reserving its stock, all lines or none) and
 * giving the allocation back, plus what allocation reads of an order: its lines, weight and
 * destination, and the locations it could ship from.
 */

export function linesOf(db: MockDb, row: OrderRow): AllocationLine[] {
  const lines: AllocationLine[] = [];
  for (let i = 0; i < row.lines.length; i += 2)
    lines.push({
      productId: db.productAt(row.lines[i] as number).id,
      quantity: row.lines[i + 1] as number,
    });
  return lines;
}

export function weightOf(db: MockDb, row: OrderRow): number {
  const lines = [];
  for (let i = 0; i < row.lines.length; i += 2)
    lines.push({
      weightGrams: db.productAt(row.lines[i] as number).weightGrams,
      quantity: row.lines[i + 1] as number,
    });
  return Math.max(1, parcelWeight(lines));
}

/** Where the parcel goes: the corrected shipping address, or the customer's own. */
export function destinationOf(
  db: MockDb,
  row: OrderRow,
): { province: string; city: string; region: Region } {
  if (row.address) {
    const region = regionOfProvince(row.address.province) ?? db.storeOf(row).region;
    return { province: row.address.province, city: row.address.city, region };
  }
  const city = cityOf(db.customerOf(row).cityIndex);
  return { province: city.province, city: city.city, region: city.region };
}

/** Store locations some store is configured to ship from; warehouses always ship. */
export function shippingStoreLocations(db: MockDb): Set<string> {
  const ids = new Set<string>();
  for (const store of db.stores) if (store.shipsFromLocationId) ids.add(store.shipsFromLocationId);
  return ids;
}

export function availableAt(db: MockDb, locationId: string): CandidateLocation['stock'] {
  return { get: (productId) => db.stockLevel(productId, locationId)?.available };
}

/** Every location with its live stock, warehouses first, as suggestAllocation reads them. */
export function candidateLocations(db: MockDb): CandidateLocation[] {
  return [...db.locations]
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'warehouse' ? -1 : 1))
    .map((location) => ({
      id: location.id,
      kind: location.kind,
      province: location.province,
      region: location.region,
      stock: availableAt(db, location.id),
    }));
}

/**
 * 409 insufficient_stock for the first line a location cannot cover: what is left of it there
 * and what `needer` (an order, a replacement parcel) needs.
 */
export function shortageProblem(
  db: MockDb,
  location: Location,
  shortage: { productId: string; requested: number; available: number },
  needer: string,
): HttpProblem {
  const { productId, requested, available } = shortage;
  const product = db.productAt(db.productIndexById.get(productId) ?? -1);
  return new HttpProblem(
    409,
    'insufficient_stock',
    `${location.name} has ${Math.max(0, available)} of ${product.sku} ${product.name} available; ${needer} needs ${requested}`,
    undefined,
    {
      shortage: {
        productId,
        sku: product.sku,
        productName: product.name,
        locationId: location.id,
        locationName: location.name,
        requested,
        available,
      },
    },
  );
}

function shippingLocation(db: MockDb, locationId: string): Location {
  const location = db.locationById.get(locationId);
  if (!location)
    throw new HttpProblem(422, 'validation', `There is no location ${locationId}`, [
      { field: 'locationId', code: 'unknown_location', message: `no location ${locationId}` },
    ]);
  if (location.kind === 'store' && !shippingStoreLocations(db).has(location.id))
    throw new HttpProblem(422, 'validation', `${location.name} does not ship orders`, [
      { field: 'locationId', code: 'not_shipping', message: `${location.name} does not ship` },
    ]);
  return location;
}

function refuse(row: OrderRow, action: 'allocate' | 'deallocate', acting: Acting): void {
  const result = transition(action, row.status, acting.user.role);
  if (!result.ok && result.reason === 'wrong_state')
    throw new HttpProblem(
      409,
      'wrong_state',
      `Order ${row.number} is ${words(row.status)}, so it cannot be ${action}d now`,
    );
  if (!result.ok) throw forbidden(`Your role may not ${action} orders`);
}

/**
 * Allocates an approved order: every line is reserved at the location or none is (409
 * insufficient_stock naming the first short SKU and the location). The mock answers one request
 * at a time, so the check and the reservation cannot interleave with another allocation.
 */
export function allocateOrder(
  db: MockDb,
  acting: Acting,
  row: OrderRow,
  choice: { locationId: string; carrier: Carrier },
  expectedVersion?: number,
): OrderRow {
  checkVersion(row, expectedVersion);
  refuse(row, 'allocate', acting);
  const location = shippingLocation(db, choice.locationId);
  const lines = linesOf(db, row);
  const check = reserveLines(availableAt(db, location.id), lines);
  if (!check.ok) throw shortageProblem(db, location, check.shortage, `order ${row.number}`);
  for (const line of lines)
    db.adjustReserved(line.productId, location.id, line.quantity, acting.at);
  const updated = change(db, acting, row, (draft) => {
    draft.status = 'allocated';
    draft.locationId = location.id;
    draft.carrier = choice.carrier;
    draft.allocatedAt = acting.at;
    appendEvent(draft, acting, 'allocated', { location: location.name, carrier: choice.carrier });
  });
  audit(db, acting, row, 'allocated', { location: location.id, carrier: choice.carrier });
  return updated;
}

/** Returns an allocated order to approved and gives its reserved stock back. */
export function deallocateOrder(
  db: MockDb,
  acting: Acting,
  row: OrderRow,
  expectedVersion?: number,
): OrderRow {
  checkVersion(row, expectedVersion);
  refuse(row, 'deallocate', acting);
  const updated = change(db, acting, row, (draft) => {
    draft.status = 'approved';
    releaseAllocation(db, row, draft, acting);
  });
  audit(db, acting, row, 'deallocated', { location: row.locationId, carrier: row.carrier });
  return updated;
}
