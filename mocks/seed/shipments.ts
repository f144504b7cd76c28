import { estimatedDelivery } from '@/domain/shipment/attention';
import type { ExceptionKind } from '@/domain/shipment/tracking';
import { TYPICAL_TRANSIT_DAYS, type Carrier } from '@/domain/waybill/carriers';
import type { OrderRow, ShipmentRow } from '../db/types';
import { DAY, HOUR } from '../db/time';
import type { CITIES } from './geography';
import type { Rng } from './prng';
import { LOCATIONS } from './reference';
import { weightedChoice } from './sampler';
import { makeWaybill } from './waybills';

const EXCEPTIONS: readonly ExceptionKind[] = [
  'lost',
  'refused',
  'damaged',
  'customs_hold',
  'returned_to_sender',
];
const EXCEPTION_WEIGHTS = [2, 3, 2, 1, 2];
const drawException = weightedChoice(EXCEPTIONS, EXCEPTION_WEIGHTS);
const LOCATION_BY_ID = new Map(LOCATIONS.map((l) => [l.id, l]));

/** A parcel's journey: transit time by carrier and distance, with some delays, failed attempts and exceptions. */
export function makeShipment(
  rng: Rng,
  row: OrderRow,
  locationId: string,
  carrier: Carrier,
  destinationRegion: (typeof CITIES)[number]['region'],
  shippedAt: number,
  now: number,
  serial: number,
): ShipmentRow {
  const origin = LOCATION_BY_ID.get(locationId);
  const sameRegion = origin?.region === destinationRegion;
  const typicalDays = TYPICAL_TRANSIT_DAYS[carrier][sameRegion ? 'sameRegion' : 'crossRegion'];
  const delayDays = rng.chance(0.08) ? rng.int(1, 3) : 0;
  const failedAttempt = rng.chance(0.04);
  const transit = typicalDays * DAY + rng.int(-6, 10) * HOUR;
  const arrivesAt = shippedAt + transit + delayDays * DAY + (failedAttempt ? DAY : 0);
  const exceptionPlanned = rng.chance(0.025);
  const exceptionSince =
    shippedAt + Math.floor(rng.next() * 0.8 * (arrivesAt - shippedAt)) + 6 * HOUR;
  const exception =
    exceptionPlanned && exceptionSince <= now
      ? { kind: drawException(rng), since: exceptionSince }
      : null;
  const delivered = exception === null && arrivesAt <= now;
  const remaining = arrivesAt - now;
  const tracking: ShipmentRow['tracking'] = exception
    ? 'exception'
    : delivered
      ? 'delivered'
      : now - shippedAt < 4 * HOUR
        ? 'info_received'
        : remaining < 10 * HOUR
          ? 'out_for_delivery'
          : failedAttempt && remaining < DAY
            ? 'failed_attempt'
            : 'in_transit';
  return {
    id: `sh-${row.id.slice(1)}`,
    locationId,
    carrier,
    waybill: makeWaybill(carrier, serial, rng),
    shippedAt,
    arrivesAt,
    eta: estimatedDelivery(shippedAt, carrier, sameRegion),
    deliveredAt: delivered ? arrivesAt : null,
    tracking,
    delayDays,
    failedAttempt,
    exception,
  };
}
