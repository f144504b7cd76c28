import type { Note, TimelineEvent, TrackingEvent } from '@/api/contract';
import type { ExceptionKind } from '@/domain/shipment/tracking';
import type { Location } from '@/api/contract';
import type { OrderRow, ShipmentRow } from '../db/types';
import { DAY, HOUR, iso } from '../db/time';
import { isAutoApproved, reviewerFor, warehouseActorFor } from './actors';
import { AFTER_SALE_DAYS } from './orders';
import { CITIES, HUBS, type City } from './geography';
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

const EXCEPTION_TEXT: Record<ExceptionKind, string> = {
  customs_hold: '快件海关查验中，请耐心等待',
  refused: '收件人拒收，快件将退回',
  lost: '快件异常，运输途中遗失，正在核实',
  damaged: '快件外包装破损，已联系发件方',
  returned_to_sender: '快件已退回寄件人',
};

export function trackingEventsOf(
  shipment: ShipmentRow,
  origin: Location | undefined,
  destination: City,
  district: string,
  now: number,
  orderSeed: number,
): TrackingEvent[] {
  const rng = createRng((orderSeed ^ 0x7ac4) >>> 0);
  const events: TrackingEvent[] = [];
  const span = shipment.arrivesAt - shipment.shippedAt;
  const originCity = origin?.city ?? destination.city;
  const originHub = HUBS[origin?.region ?? destination.region];
  const destinationHub = HUBS[destination.region];
  const at = (fraction: number) => shipment.shippedAt + Math.floor(span * fraction);
  const push = (
    time: number,
    status: TrackingEvent['status'],
    code: TrackingEvent['code'],
    place: string,
    text: string,
  ) => {
    if (time <= now) events.push({ at: iso(time), status, code, place, text });
  };
  push(
    shipment.shippedAt + rng.int(5, 60) * 60_000,
    'info_received',
    'picked_up',
    `${originCity}${origin?.name ?? ''}`,
    '快递员已揽收',
  );
  push(at(0.12), 'in_transit', 'arrived_at_hub', originHub, `快件已到达【${originHub}】`);
  push(
    at(0.2),
    'in_transit',
    'departed_hub',
    originHub,
    `快件已从【${originHub}】发出，下一站【${destinationHub}】`,
  );
  if (destinationHub !== originHub)
    push(
      at(0.45),
      'in_transit',
      'arrived_at_hub',
      destinationHub,
      `快件已到达【${destinationHub}】`,
    );
  if (shipment.delayDays > 0)
    push(
      at(0.5),
      'in_transit',
      'delay_notice',
      destinationHub,
      '受天气及运力影响，快件派送可能延误',
    );
  push(
    at(0.6),
    'in_transit',
    'arrived_at_station',
    `${destination.city}${district}营业部`,
    `快件已到达【${destination.city}${district}营业部】`,
  );
  const deliveryDay = shipment.arrivesAt - 6 * HOUR;
  if (shipment.failedAttempt) {
    const firstTry = deliveryDay - DAY;
    push(
      firstTry,
      'out_for_delivery',
      'out_for_delivery',
      `${destination.city}${district}营业部`,
      '快递员正在派送，请保持电话畅通',
    );
    push(
      firstTry + 3 * HOUR,
      'failed_attempt',
      'delivery_failed',
      `${destination.city}${district}`,
      '收件人不在，派送未成功，将再次派送',
    );
  }
  push(
    deliveryDay,
    'out_for_delivery',
    'out_for_delivery',
    `${destination.city}${district}营业部`,
    '快递员正在派送，请保持电话畅通',
  );
  if (shipment.deliveredAt !== null) {
    const locker = rng.chance(0.4);
    push(
      shipment.deliveredAt,
      'delivered',
      locker ? 'delivered_to_locker' : 'delivered',
      `${destination.city}${district}`,
      locker ? '已签收，签收人：快递柜' : '已签收，签收人：本人',
    );
  }
  const result = shipment.exception
    ? events.filter((e) => Date.parse(e.at) < (shipment.exception?.since ?? 0))
    : events;
  if (shipment.exception) {
    result.push({
      at: iso(shipment.exception.since),
      status: 'exception',
      code: 'exception',
      place: destinationHub,
      text: EXCEPTION_TEXT[shipment.exception.kind],
    });
  }
  return result;
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
    if (shipment.delayDays > 0)
      add(shipment.eta, 'tracking_updated', null, {
        status: 'in_transit',
        delayed: shipment.delayDays,
      });
    if (shipment.exception)
      add(shipment.exception.since, 'tracking_updated', null, {
        status: 'exception',
        exception: shipment.exception.kind,
      });
    if (shipment.deliveredAt !== null) {
      add(shipment.deliveredAt, 'delivered', null);
      if (row.status === 'completed')
        add(shipment.deliveredAt + AFTER_SALE_DAYS * DAY, 'completed', null);
    }
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
  return row.addedEvents ? [...seeded, ...row.addedEvents] : seeded;
}

export function cityOf(cityIndex: number): City {
  const city = CITIES[cityIndex];
  if (!city) throw new RangeError(`no city ${cityIndex}`);
  return city;
}
