import { reserveLines } from '@/domain/allocation';
import { estimatedDelivery } from '@/domain/shipment/attention';
import { canReship } from '@/domain/shipment/resolution';
import { checkWaybillNumber } from '@/domain/waybill/check';
import type { Carrier } from '@/domain/waybill/carriers';
import { severityOf } from '@/domain/waybill/verdict';
import { HttpProblem, forbidden } from '../handlers/problem';
import {
  availableAt,
  destinationOf,
  linesOf,
  shippingStoreLocations,
  shortageProblem,
} from './allocation';
import type { MockDb } from './database';
import { newParcel } from './shipping';
import type { QueueEntry } from './exception-queue';
import type { Resolver } from './resolutions';
import type { OrderRow, ShipmentRow } from './types';

/**
 * Sending a replacement for a parcel that will not arrive: the same lines again, from a location
 * that ships, under a new waybill no parcel has carried, with stock taken as for any shipment.
 * Everything is checked before anything changes.
 */

const invalid = (field: string, code: string, message: string) =>
  new HttpProblem(422, 'validation', message, [{ field, code, message }]);

/** The shipping location for a replacement: one that ships, and the user's own for a warehouse. */
function replacementOrigin(db: MockDb, acting: Resolver, locationId: string) {
  const location = db.locationById.get(locationId);
  if (!location)
    throw invalid('locationId', 'unknown_location', `There is no location ${locationId}`);
  if (location.kind === 'store' && !shippingStoreLocations(db).has(location.id))
    throw invalid('locationId', 'not_shipping', `${location.name} does not ship orders`);
  if (acting.user.role === 'warehouse' && !acting.user.locationIds.includes(location.id))
    throw forbidden(`${location.name} is not your warehouse; send the replacement from your own`);
  return location;
}

/** A waybill number no parcel has carried: the current ones are indexed, replaced ones are few. */
function checkUnused(db: MockDb, waybill: string): void {
  const usedNow = db.positionByWaybill.get(waybill) !== undefined;
  // Replaced parcels exist only on orders changed since seeding, which the overlay lists.
  const usedBefore =
    !usedNow &&
    Object.values(db.exportOverlay().orders).some((order) =>
      order.previousShipments?.some((s) => s.waybill === waybill),
    );
  if (usedNow || usedBefore)
    throw new HttpProblem(409, 'duplicate', `Waybill ${waybill} is already on another parcel`);
}

/** Checks a reship and takes its stock (reserved, then deducted as it leaves); answers the parcel. */
export function sendReplacement(
  db: MockDb,
  acting: Resolver,
  row: OrderRow,
  entry: QueueEntry,
  request: { locationId: string; carrier: Carrier; waybill: string },
): ShipmentRow {
  const old = entry.shipment;
  if (
    !canReship(
      { tracking: entry.parcel.tracking, exceptionKind: old.exception?.kind ?? null },
      entry.kinds.includes('stale'),
    )
  )
    throw new HttpProblem(
      409,
      'wrong_state',
      `Parcel ${old.waybill} is still on its way; a replacement is for a lost, damaged, refused, returned or silent parcel`,
    );
  const location = replacementOrigin(db, acting, request.locationId);
  const check = checkWaybillNumber(request.waybill, request.carrier);
  const errors = check.problems.filter((problem) => severityOf(problem) === 'error');
  if (errors.length > 0)
    throw new HttpProblem(
      422,
      'validation',
      `${check.normalised || 'The number'} is not a valid ${request.carrier} waybill`,
      errors.map((code) => ({ field: 'waybill', code, message: code.replace(/_/g, ' ') })),
    );
  checkUnused(db, check.normalised);
  const lines = linesOf(db, row);
  const stock = reserveLines(availableAt(db, location.id), lines);
  if (!stock.ok) throw shortageProblem(db, location, stock.shortage, 'the replacement');
  for (const line of lines) {
    db.adjustReserved(line.productId, location.id, line.quantity, acting.at);
    db.deductShipped(line.productId, location.id, line.quantity, acting.at);
  }
  const sameRegion = location.region === destinationOf(db, row).region;
  const eta = estimatedDelivery(acting.at, request.carrier, sameRegion);
  const count = (row.previousShipments?.length ?? 0) + 1;
  return newParcel({
    id: `${old.id.replace(/-r\d+$/, '')}-r${count}`,
    locationId: location.id,
    carrier: request.carrier,
    waybill: check.normalised,
    at: acting.at,
    eta,
    replaces: old.id,
  });
}
