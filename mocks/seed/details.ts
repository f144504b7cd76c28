import type { Note, TimelineEvent } from '@/api/contract';
import type { OrderRow, ShipmentRow } from '../db/types';
import { DAY, HOUR, iso } from '../db/time';
import { isAutoApproved, reviewerFor, warehouseActorFor } from './actors';
import { AFTER_SALE_DAYS } from './orders';
import { CITIES, type City } from './geography';
import { followedUntil, planOf, scheduleOfShipment } from './journey';
import { CUSTOMER_NOTES, STAFF_NOTES } from './names';
import { createRng, type Rng } from './prng';
import { TAGS } from './reference';

/**
 * Details nobody lists or filters by are made when an order is opened, from the order's own
 * seed: the same order always gets the same timeline, notes and tracking events.
 */
function detailRng(row: OrderRow, salt: number): Rng {
  return createRng((row.seed ^ salt) >>> 0);
}

export function customerNoteOf(row: OrderRow): string {
  const rng = detailRng(row, 0x6e07e);
  return rng.chance(0.15) ? rng.pick(CUSTOMER_NOTES) : '';
}

export function transactionIdOf(row: OrderRow): string | null {
  if (row.paidAt === null || row.paymentMethod === null) return null;
  const rng = detailRng(row, 0x7a11);
  switch (row.paymentMethod) {
    case 'wechat_pay':
      return `42000${rng.digits(23)}`;
    case 'alipay':
      return `${new Date(row.paidAt).toISOString().slice(0, 10).replace(/-/g, '')}2200${rng.digits(16)}`;
    case 'unionpay':
    case 'card':
      return `UP${rng.digits(18)}`;
    case 'cash':
      return null;
  }
}

export function seededNotes(row: OrderRow): Note[] {
  const rng = detailRng(row, 0x4e0e);
  if (row.reviewedAt === null || !rng.chance(0.1)) return [];
  const author = reviewerFor(row.storeIndex, row.seed);
  const createdAt = iso(row.reviewedAt + rng.int(60_000, 2 * HOUR));
  return [{ id: `${row.id}-n1`, author, body: rng.pick(STAFF_NOTES), createdAt, updatedAt: null }];
}

/**
 * What a parcel's journey puts on the order's timeline after `from`, up to `to`: a delay notice,
 * an exception, the delivery. Ids name the parcel and the scan, so they stay put as time passes.
 */
export function parcelTimeline(
  row: OrderRow,
  shipment: ShipmentRow,
  from: number,
  to: number,
): TimelineEvent[] {
  const until = Math.min(to, followedUntil(row, shipment));
  const plan = planOf(shipment, row.seed);
  const events: TimelineEvent[] = [];
  scheduleOfShipment(shipment, row.seed).forEach((step, index) => {
    if (step.at <= from || step.at > until) return;
    const event = (kind: TimelineEvent['kind'], data: TimelineEvent['data'] = {}) =>
      events.push({ id: `${shipment.id}-m${index}`, at: iso(step.at), kind, actor: null, data });
    if (step.code === 'delay_notice')
      event('tracking_updated', { status: 'in_transit', delayed: plan.delayDays });
    else if (step.status === 'exception')
      event('tracking_updated', { status: 'exception', exception: plan.exception });
    else if (step.status === 'delivered') event('delivered');
  });
  return events;
}

/** The order's history from placement on; events added after seeding come last. */
export function timelineOf(
  row: OrderRow,
  locationName: string | null,
  now: number,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  let n = 0;
  const add = (
    at: number,
    kind: TimelineEvent['kind'],
    actor: TimelineEvent['actor'],
    data: TimelineEvent['data'] = {},
  ) => {
    if (at > now) return;
    n += 1;
    events.push({ id: `${row.id}-t${n}`, at: iso(at), kind, actor, data });
  };
  const reviewer = reviewerFor(row.storeIndex, row.seed);
  add(row.placedAt, 'placed', null, { total: row.total });
  if (row.paidAt !== null)
    add(row.paidAt, 'paid', null, { method: row.paymentMethod, amount: row.total });
  if (row.pastHold) {
    add(row.pastHold.at, 'held', null, { reason: row.pastHold.reason });
    add(row.pastHold.releasedAt, 'released', reviewer);
  }
  if (row.hold)
    add(row.hold.at, 'held', row.hold.by, { reason: row.hold.reason, note: row.hold.note });
  if (row.reviewedAt !== null) {
    add(
      row.reviewedAt,
      'approved',
      isAutoApproved(row.seed) && !row.pastHold && row.riskFlags.length === 0 ? null : reviewer,
    );
    row.tagIds.forEach((tagId, i) => {
      const tag = TAGS.find((t) => t.id === tagId);
      add((row.reviewedAt ?? 0) + (i + 1) * 60_000, 'tagged', reviewer, {
        tagId,
        tag: tag?.name ?? tagId,
      });
    });
  }
  for (const note of row.notes ?? seededNotes(row))
    add(Date.parse(note.createdAt), 'note_added', note.author, { noteId: note.id });
  if (row.allocatedAt !== null && row.locationId && row.carrier) {
    add(row.allocatedAt, 'allocated', warehouseActorFor(row.locationId), {
      location: locationName,
      carrier: row.carrier,
    });
  }
  const shipment = row.shipment;
  if (shipment) {
    add(shipment.shippedAt, 'shipped', warehouseActorFor(shipment.locationId), {
      carrier: shipment.carrier,
      waybill: shipment.waybill,
    });
    events.push(...parcelTimeline(row, shipment, -Infinity, now));
    if (shipment.deliveredAt !== null && row.status === 'completed')
      add(shipment.deliveredAt + AFTER_SALE_DAYS * DAY, 'completed', null);
  }
  if (row.cancellation) {
    add(
      row.cancellation.at,
      'cancelled',
      row.cancellation.reason === 'unpaid_timeout' ? null : reviewer,
      { reason: row.cancellation.reason },
    );
  }
  const seeded = events.sort((a, b) => a.at.localeCompare(b.at));
  return row.addedEvents ? inTimeOrder([...seeded, ...row.addedEvents]) : seeded;
}

/** Events by time; those at the same moment keep their order (the sort is stable). */
export function inTimeOrder(events: TimelineEvent[]): TimelineEvent[] {
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

export function cityOf(cityIndex: number): City {
  const city = CITIES[cityIndex];
  if (!city) throw new RangeError(`no city ${cityIndex}`);
  return city;
}
