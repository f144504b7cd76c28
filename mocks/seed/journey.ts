import { DEFAULT_STALE_HOURS } from '@/domain/shipment/attention';
import type { ExceptionKind, TrackingEventCode, TrackingStatus } from '@/domain/shipment/tracking';
import { TYPICAL_TRANSIT_DAYS, type Carrier } from '@/domain/waybill/carriers';
import type { JourneyPlan, OrderRow, ShipmentRow } from '../db/types';
import { DAY, HOUR } from '../db/time';
import { createRng, subSeed, type Rng } from './prng';
import { weightedChoice } from './sampler';

/*
 * A parcel's whole journey, past and future, is fixed when it ships: a plan drawn from the
 * order's seed (what will become of it) and the scan times that follow from the plan. What the
 * parcel looks like at any moment is the part of the journey up to that moment, so the same seed
 * and clock give the same parcel however often, or seldom, anyone asked in between.
 */

const MINUTE = 60_000;
const JOURNEY_SALT = 0x10e7;
/** A parcel nobody scans for this long after its last event expires (DOMAIN.md). */
export const EXPIRY_DAYS = 30;

/** Only these cross a border, so only these can be held by customs. */
const CROSSES_BORDERS: ReadonlySet<Carrier> = new Set(['UPS', 'DHL', 'FEDEX', 'USPS', 'EMS']);
const drawAnyException = weightedChoice<ExceptionKind>(
  ['lost', 'refused', 'damaged', 'customs_hold', 'returned_to_sender'],
  [2, 3, 2, 1, 2],
);
const drawDomesticException = weightedChoice<ExceptionKind>(
  ['lost', 'refused', 'damaged', 'returned_to_sender'],
  [2, 3, 2, 2],
);
const drawFinish = weightedChoice<JourneyPlan['finish']>(['door', 'locker', 'pickup'], [57, 35, 8]);

/** The seed of one parcel's journey: the order's seed and the parcel, so a reship gets its own. */
export function journeySeed(orderSeed: number, shipmentId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < shipmentId.length; i += 1)
    hash = Math.imul(hash ^ shipmentId.charCodeAt(i), 0x01000193);
  return subSeed((orderSeed ^ JOURNEY_SALT) >>> 0, hash >>> 0);
}

/** What will become of a parcel. Every draw is made whatever the earlier ones gave. */
export function drawJourneyPlan(seed: number, carrier: Carrier): JourneyPlan {
  const rng = createRng(seed);
  const neverScanned = rng.chance(0.003);
  const excepted = rng.chance(0.025);
  const kind = CROSSES_BORDERS.has(carrier) ? drawAnyException(rng) : drawDomesticException(rng);
  const delayDays = rng.chance(0.08) ? rng.int(1, 3) : 0;
  const failedAttempt = rng.chance(0.04);
  const finish = drawFinish(rng);
  if (neverScanned)
    return {
      seed: subSeed(seed, 1),
      finish: 'door',
      delayDays: 0,
      failedAttempt: false,
      exception: null,
      neverScanned,
    };
  const exception = excepted ? kind : null;
  return {
    seed: subSeed(seed, 1),
    // A parcel is refused, or sent back after a failed attempt, at the door.
    finish: exception === 'refused' || exception === 'returned_to_sender' ? 'door' : finish,
    delayDays,
    failedAttempt: exception === 'returned_to_sender' || (exception !== 'refused' && failedAttempt),
    exception,
    neverScanned: false,
  };
}

/** The parcel's plan: drawn at seeding, or the same draw for a parcel shipped since. */
export function planOf(shipment: ShipmentRow, orderSeed: number): JourneyPlan {
  return shipment.plan ?? drawJourneyPlan(journeySeed(orderSeed, shipment.id), shipment.carrier);
}

/** The order's parcels, oldest first: those a reship replaced, then the current one. */
export function allShipmentsOf(row: OrderRow): ShipmentRow[] {
  const previous = row.previousShipments ?? [];
  return row.shipment ? [...previous, row.shipment] : [...previous];
}

/**
 * When a parcel stopped being followed: a replaced parcel when its replacement left, the current
 * one never. Its journey is read up to that moment.
 */
export function followedUntil(row: OrderRow, shipment: ShipmentRow): number {
  const parcels = allShipmentsOf(row);
  const index = parcels.findIndex((parcel) => parcel.id === shipment.id);
  const next = index < 0 ? undefined : parcels[index + 1];
  return next ? next.shippedAt : Infinity;
}

/** Where a scan happens; journeyOf names the place. */
export type Leg =
  | 'origin'
  | 'originHub'
  | 'transfer'
  | 'destinationHub'
  | 'station'
  | 'door'
  | 'pickupPoint'
  | 'locker';

/** One scan of the journey, before it is put into words. */
export interface Milestone {
  at: number;
  status: TrackingStatus;
  code: TrackingEventCode;
  leg: Leg;
  /** Which transfer hub, for a transfer leg (0 otherwise). */
  transfer: number;
}

/** What the journey's times follow from: the carrier, when the parcel left, its ETA. */
export type Route = Pick<ShipmentRow, 'carrier' | 'shippedAt' | 'eta'>;

/**
 * Whether the parcel stays in its region, read from its ETA (the carrier's same-region time):
 * the one fact every caller has, so the seed, the API and the timeline draw the same scans.
 */
function staysInRegion(route: Route): boolean {
  return route.eta - route.shippedAt <= TYPICAL_TRANSIT_DAYS[route.carrier].sameRegion * DAY;
}

function pickupWait(rng: Rng): number {
  return rng.chance(0.85) ? rng.int(1, 12) * HOUR : rng.int(12, 48) * HOUR;
}

/**
 * Hubs between the pick-up and the delivery station: enough that an on-time parcel never
 * goes quiet.
 */
function hubStops(route: Route, span: number): { leg: Leg; transfer: number }[] {
  const sameRegion = staysInRegion(route);
  const ends = sameRegion ? 1 : 2;
  const quietest = DEFAULT_STALE_HOURS[route.carrier] * HOUR * 0.5;
  let transfers = 0;
  while (transfers < 3 && span / ((ends + transfers) * 2 + 1) > quietest) transfers += 1;
  return [
    { leg: 'originHub', transfer: 0 },
    ...Array.from({ length: transfers }, (_, i) => ({ leg: 'transfer' as const, transfer: i })),
    ...(sameRegion ? [] : [{ leg: 'destinationHub' as const, transfer: 0 }]),
  ];
}

/**
 * Every scan of the parcel, oldest first, from its plan. Statuses follow canAdvanceTracking; an
 * on-time parcel reaches the customer before its ETA, a delayed one `delayDays` later.
 */
export function scheduleOf(plan: JourneyPlan, route: Route): Milestone[] {
  const rng = createRng(plan.seed);
  const out: Milestone[] = [];
  const push = (
    at: number,
    status: TrackingStatus,
    code: TrackingEventCode,
    leg: Leg,
    transfer = 0,
  ) => out.push({ at, status, code, leg, transfer });
  const { shippedAt } = route;
  push(shippedAt, 'info_received', 'label_created', 'origin');
  if (plan.neverScanned) {
    let last = shippedAt;
    if (rng.chance(0.5)) {
      last = shippedAt + rng.int(10, 120) * MINUTE;
      push(last, 'info_received', 'picked_up', 'origin');
    }
    push(last + EXPIRY_DAYS * DAY, 'expired', 'expired', 'origin');
    return out;
  }
  const pickedUpAt = shippedAt + rng.int(10, 120) * MINUTE;
  push(pickedUpAt, 'info_received', 'picked_up', 'origin');
  const transit = Math.max(route.eta - shippedAt, 12 * HOUR);
  // On time: out for delivery (or at the pickup point) well before the ETA.
  const arrival = shippedAt + Math.floor(transit * (0.55 + 0.25 * rng.next()));
  const stationAt = Math.max(pickedUpAt + 2 * HOUR, arrival - rng.int(3, 8) * HOUR);
  const stops = hubStops(route, stationAt - pickedUpAt);
  const scans = stops.length * 2;
  const step = (stationAt - pickedUpAt) / (scans + 1);
  const delayAfter = scans - 2;
  const transitException =
    plan.exception === 'lost' || plan.exception === 'damaged' || plan.exception === 'customs_hold';
  // Customs hold a parcel when it arrives somewhere; loss and damage can follow any scan.
  const exceptionAfter =
    plan.exception === 'customs_hold' ? 2 * rng.int(0, stops.length - 1) : rng.int(0, scans - 1);
  let shift = 0;
  for (let i = 0; i < scans; i += 1) {
    const stop = stops[i >> 1] as { leg: Leg; transfer: number };
    const at = pickedUpAt + Math.round(step * (i + 1 + (rng.next() - 0.5) * 0.4)) + shift;
    push(
      at,
      'in_transit',
      i % 2 === 0 ? 'arrived_at_hub' : 'departed_hub',
      stop.leg,
      stop.transfer,
    );
    if (transitException && i === exceptionAfter) {
      const after =
        plan.exception === 'lost'
          ? rng.int(24, 60) * HOUR
          : plan.exception === 'damaged'
            ? rng.int(1, 4) * HOUR
            : rng.int(2, 8) * HOUR;
      push(at + after, 'exception', 'exception', stop.leg, stop.transfer);
      return out;
    }
    if (i === delayAfter && plan.delayDays > 0) {
      push(at + rng.int(1, 3) * HOUR, 'in_transit', 'delay_notice', stop.leg, stop.transfer);
      // Late by about `delayDays`: out for delivery past the ETA, however long the route.
      shift = route.eta - arrival + (plan.delayDays - 1) * DAY + rng.int(4, 20) * HOUR;
    }
  }
  push(stationAt + shift, 'in_transit', 'arrived_at_station', 'station');
  const outAt = arrival + shift;
  if (plan.finish === 'pickup' && !plan.failedAttempt) {
    push(outAt, 'available_for_pickup', 'ready_for_pickup', 'pickupPoint');
    push(outAt + pickupWait(rng), 'delivered', 'delivered', 'pickupPoint');
    return out;
  }
  push(outAt, 'out_for_delivery', 'out_for_delivery', 'station');
  if (plan.exception === 'refused') {
    push(outAt + rng.int(1, 4) * HOUR, 'exception', 'exception', 'door');
    return out;
  }
  if (plan.failedAttempt) {
    const failedAt = outAt + rng.int(2, 5) * HOUR;
    push(failedAt, 'failed_attempt', 'delivery_failed', 'door');
    if (plan.exception === 'returned_to_sender') {
      push(failedAt + rng.int(24, 48) * HOUR, 'exception', 'exception', 'station');
      return out;
    }
    if (plan.finish === 'pickup') {
      const readyAt = failedAt + rng.int(1, 3) * HOUR;
      push(readyAt, 'available_for_pickup', 'ready_for_pickup', 'pickupPoint');
      push(readyAt + pickupWait(rng), 'delivered', 'delivered', 'pickupPoint');
      return out;
    }
    const retryAt = outAt + DAY;
    push(retryAt, 'out_for_delivery', 'out_for_delivery', 'station');
    finishAt(retryAt + rng.int(1, 4) * HOUR);
    return out;
  }
  finishAt(outAt + rng.int(30, 240) * MINUTE);
  return out;

  function finishAt(at: number) {
    if (plan.finish === 'locker') push(at, 'delivered', 'delivered_to_locker', 'locker');
    else push(at, 'delivered', 'delivered', 'door');
  }
}

/** What the row keeps of a parcel at one moment (plus when it was last scanned). */
export interface ParcelState {
  tracking: TrackingStatus;
  deliveredAt: number | null;
  exception: { kind: ExceptionKind; since: number } | null;
  lastEventAt: number;
}

/** The parcel as its scans up to `now` leave it. */
export function stateAt(
  schedule: readonly Milestone[],
  plan: JourneyPlan,
  shippedAt: number,
  now: number,
): ParcelState {
  let last: Milestone | undefined;
  for (const milestone of schedule) {
    if (milestone.at > now) break;
    last = milestone;
  }
  const tracking = last?.status ?? 'pending';
  return {
    tracking,
    deliveredAt: tracking === 'delivered' && last ? last.at : null,
    exception:
      tracking === 'exception' && last && plan.exception
        ? { kind: plan.exception, since: last.at }
        : null,
    lastEventAt: last?.at ?? shippedAt,
  };
}

const schedules = new WeakMap<ShipmentRow, readonly Milestone[]>();

/** The parcel's scans (see scheduleOf), kept while the row lives: the queue reads many parcels. */
export function scheduleOfShipment(shipment: ShipmentRow, orderSeed: number): readonly Milestone[] {
  let schedule = schedules.get(shipment);
  if (!schedule) {
    schedule = scheduleOf(planOf(shipment, orderSeed), shipment);
    schedules.set(shipment, schedule);
  }
  return schedule;
}
