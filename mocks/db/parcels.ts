import type { TrackingEvent } from '@/api/contract';
import type { TrackedParcel } from '@/domain/shipment/attention';
import { isOpenTracking } from '@/domain/shipment/tracking';
import { cityOf } from '../seed/details';
import { CITIES, type City } from '../seed/geography';
import {
  allShipmentsOf,
  followedUntil,
  planOf,
  scheduleOfShipment,
  stateAt,
  type ParcelState,
} from '../seed/journey';
import { journeyOf } from '../seed/journey-text';
import type { MockDb } from './database';
import { iso } from './time';
import type { OrderRow, ShipmentRow } from './types';

/*
 * Parcels move along their planned journeys (../seed/journey.ts) as the clock runs. Reading a
 * parcel takes its journey up to the request's moment; the rows' tracking fields, which lists,
 * filters and analytics read, are brought up to that moment by catchUpTracking before every
 * request.
 */

export { allShipmentsOf };

/** Where the parcel is delivered: the corrected address's city when known, else the customer's. */
function destinationOf(db: MockDb, row: OrderRow): { city: City; district: string } {
  const corrected = row.address;
  const city = corrected && CITIES.find((c) => c.city === corrected.city);
  if (corrected && city) return { city, district: corrected.district };
  const customer = db.customerOf(row);
  return { city: cityOf(customer.cityIndex), district: customer.district };
}

/** The parcel as it stood at `now` (a replaced parcel: when its replacement left). */
function parcelStateOf(row: OrderRow, shipment: ShipmentRow, now: number): ParcelState {
  return stateAt(
    scheduleOfShipment(shipment, row.seed),
    planOf(shipment, row.seed),
    shipment.shippedAt,
    Math.min(now, followedUntil(row, shipment)),
  );
}

/** The parcel's tracking events up to `now`, oldest first, in the carrier's words. */
export function parcelEventsOf(
  db: MockDb,
  row: OrderRow,
  shipment: ShipmentRow,
  now: number,
): TrackingEvent[] {
  const until = Math.min(now, followedUntil(row, shipment));
  const { city, district } = destinationOf(db, row);
  const origin = db.locationById.get(shipment.locationId);
  const events: TrackingEvent[] = [];
  for (const step of journeyOf(shipment, origin, city, district, row.seed)) {
    if (step.at > until) break;
    events.push({
      at: iso(step.at),
      status: step.status,
      code: step.code,
      place: step.place,
      text: step.text,
    });
  }
  return events;
}

/** When the parcel was last scanned by `now` (when it shipped, before any scan). */
export function lastEventAt(
  _db: MockDb,
  row: OrderRow,
  shipment: ShipmentRow,
  now: number,
): number {
  return parcelStateOf(row, shipment, now).lastEventAt;
}

/** The parcel as the attention rules (src/domain/shipment/attention.ts) read it at `now`. */
export function trackedParcelOf(
  _db: MockDb,
  row: OrderRow,
  shipment: ShipmentRow,
  now: number,
): TrackedParcel {
  const state = parcelStateOf(row, shipment, now);
  return {
    tracking: state.tracking,
    lastEventAt: state.lastEventAt,
    eta: shipment.eta,
    exceptionSince: state.exception?.since ?? null,
  };
}

/** A parcel to look at again when its journey next changes its status. */
interface Due {
  at: number;
  orderId: string;
  shipmentId: string;
}

/** A binary heap of parcels by when they are due, soonest on top. */
class DueHeap {
  private readonly items: Due[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Due | undefined {
    return this.items[0];
  }

  push(item: Due): void {
    const { items } = this;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as Due).at <= item.at) break;
      items[i] = items[parent] as Due;
      i = parent;
    }
    items[i] = item;
  }

  pop(): Due | undefined {
    const { items } = this;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || !last) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child =
        right < items.length && (items[right] as Due).at < (items[left] as Due).at ? right : left;
      if ((items[child] as Due).at >= last.at) break;
      items[i] = items[child] as Due;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/** The open parcels by when they next change, for one set of tables. */
interface Tracker {
  generation: number;
  due: DueHeap;
}

const trackers = new WeakMap<MockDb, Tracker>();

/** Every open parcel, due at once: the first catch-up brings each to the present. */
function startTracking(db: MockDb): Tracker {
  const due = new DueHeap();
  for (const row of db.orders) {
    const shipment = row.shipment;
    if (shipment && isOpenTracking(shipment.tracking))
      due.push({ at: -Infinity, orderId: row.id, shipmentId: shipment.id });
  }
  return { generation: db.tablesGeneration, due };
}

/**
 * Follows an order's current parcel from now on. Parcels shipped or replaced through
 * MockDb.updateOrder are noticed by themselves (MockDb.takeNewParcels); this is for a caller that
 * puts a parcel on a row some other way.
 */
export function trackParcel(db: MockDb, orderId: string): void {
  const shipment = db.order(orderId)?.shipment;
  const tracker = trackers.get(db);
  if (shipment && tracker) tracker.due.push({ at: -Infinity, orderId, shipmentId: shipment.id });
}

/** The row's tracking fields differ from what the journey says. */
function behind(shipment: ShipmentRow, state: ParcelState): boolean {
  return (
    shipment.tracking !== state.tracking ||
    shipment.deliveredAt !== state.deliveredAt ||
    (shipment.exception?.since ?? null) !== (state.exception?.since ?? null)
  );
}

/** Brings one parcel's row to `now`; answers when it next changes, or null when it never will. */
function advance(db: MockDb, due: Due, now: number): number | null {
  const row = db.order(due.orderId);
  const shipment = row?.shipment;
  if (!row || !shipment || shipment.id !== due.shipmentId) return null;
  const state = parcelStateOf(row, shipment, now);
  if (behind(shipment, state)) {
    db.updateOrder(
      row.id,
      (draft) => {
        if (!draft.shipment) return;
        draft.shipment.tracking = state.tracking;
        draft.shipment.deliveredAt = state.deliveredAt;
        draft.shipment.exception = state.exception;
        // DOMAIN.md: shipped -> delivered when tracking says delivered, by the system.
        if (state.tracking === 'delivered' && draft.status === 'shipped')
          draft.status = 'delivered';
      },
      { at: state.lastEventAt, by: null, touch: false },
    );
  }
  const next = scheduleOfShipment(shipment, row.seed).find(
    (step) => step.at > now && step.status !== state.tracking,
  );
  return next ? next.at : null;
}

/**
 * Brings every parcel's row up to `now`: a parcel whose journey changed its status since the last
 * catch-up gets the new status (and, delivered, its order becomes delivered). Open parcels wait
 * in a heap by when they next change, so a request with nothing due costs a comparison. The
 * heap is built on the first call after the tables were loaded or restored. The result depends
 * only on the journeys and `now`, not on how many catch-ups came before.
 */
export function catchUpTracking(db: MockDb, now: number): void {
  let tracker = trackers.get(db);
  if (!tracker || tracker.generation !== db.tablesGeneration) {
    db.takeNewParcels();
    tracker = startTracking(db);
    trackers.set(db, tracker);
  }
  for (const orderId of db.takeNewParcels()) trackParcel(db, orderId);
  const { due } = tracker;
  if (due.size === 0 || (due.peek() as Due).at > now) return;
  db.batch(() => {
    for (let next = due.peek(); next && next.at <= now; next = due.peek()) {
      due.pop();
      const at = advance(db, next, now);
      if (at !== null) due.push({ ...next, at });
    }
  });
}
