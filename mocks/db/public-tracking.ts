import type {
  PublicParcel,
  PublicTracking,
  PublicTrackingLookup,
  TrackingEvent,
} from '@/api/contract';
import {
  FAILURE_WINDOW_MS,
  normalizeOrderNumber,
  proofMatches,
  type LookupProof,
} from '@/domain/shipment/public-lookup';
import { publicStep } from '@/domain/shipment/tracking';
import { signTrackingToken } from '../handlers/tracking-token';
import { customerLocaleOf } from '../seed/customer-locale';
import { cityOf } from '../seed/details';
import type { MockDb } from './database';
import { allShipmentsOf, parcelEventsOf, trackedParcelOf } from './parcels';
import { iso } from './time';
import type { OrderRow, ShipmentRow } from './types';

// ---------------------------------------------------------------------------------------------
// Parcels and their events

export interface Journey {
  shipment: ShipmentRow;
  /** Up to now, oldest first. */
  events: TrackingEvent[];
}

/** Every parcel of the order, replaced ones first and the newest last, with its events. */
export function journeysOf(db: MockDb, row: OrderRow, now: number): Journey[] {
  return allShipmentsOf(row).map((shipment) => ({
    shipment,
    events: parcelEventsOf(db, row, shipment, now),
  }));
}

// ---------------------------------------------------------------------------------------------
// What the public page shows

function toPublicParcel(db: MockDb, row: OrderRow, journey: Journey, now: number): PublicParcel {
  const { shipment, events } = journey;
  // As the events say at `now`, whether or not the row was brought up to date.
  const status = trackedParcelOf(db, row, shipment, now).tracking;
  return {
    carrier: shipment.carrier,
    waybill: shipment.waybill,
    status,
    step: publicStep(status),
    exceptionKind: status === 'exception' ? (shipment.exception?.kind ?? null) : null,
    eta: iso(shipment.eta),
    shippedAt: iso(shipment.shippedAt),
    deliveredAt: shipment.deliveredAt === null ? null : iso(shipment.deliveredAt),
    events: [...events].reverse(),
  };
}

/**
 * The order as anyone holding its number and contact (or a link) may see it: progress, parcels
 * and their events, what was bought, and the destination city. Nothing that identifies the
 * customer: no name, phone, e-mail or street. `token` opens the same page later.
 */
export function toPublicTracking(db: MockDb, row: OrderRow, now: number): PublicTracking {
  const store = db.storeOf(row);
  const parcels = journeysOf(db, row, now)
    .map((journey) => toPublicParcel(db, row, journey, now))
    .reverse();
  const items: PublicTracking['items'] = [];
  for (let i = 0; i < row.lines.length; i += 2)
    items.push({
      name: db.productAt(row.lines[i] as number).name,
      quantity: row.lines[i + 1] as number,
    });
  const customer = db.customerOf(row);
  return {
    orderNumber: row.number,
    placedAt: iso(row.placedAt),
    storeName: store.name,
    timeZone: store.timeZone,
    locale: customerLocaleOf(customer),
    cancelled: row.status === 'cancelled',
    step: parcels[0]?.step ?? 'confirmed',
    destinationCity: row.address?.city ?? cityOf(customer.cityIndex).city,
    items,
    parcels,
    token: signTrackingToken(row.id, now),
  };
}

// ---------------------------------------------------------------------------------------------
// Looking an order up

/** Stands in for the contact of an order that does not exist, so both answers cost the same. */
const NO_CONTACT = { email: 'no-one@order-desk.invalid', phone: '' };

/**
 * The order the number names, if the proof matches the customer's e-mail or phone, or the phone
 * on the shipping address when it was corrected (either may be the one the customer remembers).
 * An unknown number is checked against a stand-in contact: the same work, the same null.
 */
export function findOrderForLookup(db: MockDb, lookup: PublicTrackingLookup): OrderRow | null {
  const position = db.positionByNumber.get(normalizeOrderNumber(lookup.orderNumber));
  const row = position === undefined ? undefined : db.orders[position];
  const proof: LookupProof =
    'email' in lookup ? { email: lookup.email } : { phoneLast4: lookup.phoneLast4 };
  const customer = row ? db.customerOf(row) : undefined;
  const contacts = customer
    ? [
        { email: customer.email, phone: customer.phone },
        { email: customer.email, phone: row?.address?.phone ?? customer.phone },
      ]
    : [NO_CONTACT, NO_CONTACT];
  const matches = contacts.map((contact) => proofMatches(proof, contact));
  return row && matches.includes(true) ? row : null;
}

/** Failed lookups past this many in the window are refused outright (429). */
export const HARD_FAILURE_LIMIT = 20;

/**
 * Failed lookups per client over the last FAILURE_WINDOW_MS. A success does not wipe the
 * count: otherwise a guesser would mix in an order they know and never slow down.
 */
export class FailureLog {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly windowMs = FAILURE_WINDOW_MS) {}

  private inWindow(client: string, now: number): number[] {
    const since = now - this.windowMs;
    const kept = (this.failures.get(client) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(client);
    else this.failures.set(client, kept);
    return kept;
  }

  /** How many lookups by this client failed within the window. */
  recent(client: string, now: number): number {
    return this.inWindow(client, now).length;
  }

  record(client: string, now: number): void {
    this.failures.set(client, [...this.inWindow(client, now), now]);
  }

  /** Ms until the client is under the hard limit again (0 when it is under it now). */
  blockedFor(client: string, now: number): number {
    const failures = this.inWindow(client, now);
    const over = failures.length - HARD_FAILURE_LIMIT;
    if (over < 0) return 0;
    return (failures[over] as number) + this.windowMs - now;
  }
}
