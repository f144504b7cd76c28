import type { Order, OrderSummary, Shipment } from '@/api/contract';
import { maskEmail, maskPhone } from '@/domain/customer';
import { money } from '@/domain/money';
import { DEFAULT_STALE_HOURS, openAttention } from '@/domain/shipment/attention';
import {
  cityOf,
  customerNoteOf,
  inTimeOrder,
  parcelTimeline,
  seededNotes,
  timelineOf,
  transactionIdOf,
} from '../seed/details';
import type { MockDb } from './database';
import { allShipmentsOf, parcelEventsOf, trackedParcelOf } from './parcels';
import { iso } from './time';
import type { OrderRow } from './types';
import { customerLocaleOf } from '../seed/customer-locale';

/** What a list row and the order page both say first: which order, from which store, when. */
function orderHeading(db: MockDb, row: OrderRow) {
  const store = db.storeOf(row);
  return {
    id: row.id,
    number: row.number,
    storeId: store.id,
    storeName: store.name,
    region: store.region,
    timeZone: store.timeZone,
    placedAt: iso(row.placedAt),
  };
}

/** How an order appears in a list: phones always masked. */
export function toSummary(db: MockDb, row: OrderRow): OrderSummary {
  const customer = db.customerOf(row);
  let quantity = 0;
  for (let i = 1; i < row.lines.length; i += 2) quantity += row.lines[i] as number;
  return {
    ...orderHeading(db, row),
    customerName: customer.name,
    customerPhone: maskPhone(customer.phone),
    firstItemName: db.productAt(row.lines[0] as number).name,
    lineCount: row.lines.length / 2,
    quantity,
    total: money(row.total),
    status: row.status,
    paymentStatus: row.paymentStatus,
    tagIds: row.tagIds,
    carrier: row.carrier,
    waybill: row.shipment?.waybill ?? null,
    hasException: row.shipment?.exception != null,
    riskFlags: row.riskFlags,
    version: row.version,
  };
}

/** Every parcel of the order at `now`, replaced ones first, with the reasons it needs someone. */
function shipmentsOf(db: MockDb, row: OrderRow, now: number): Shipment[] {
  const current = row.shipment;
  return allShipmentsOf(row).map((shipment) => {
    const attention =
      shipment === current
        ? openAttention(
            trackedParcelOf(db, row, shipment, now),
            now,
            DEFAULT_STALE_HOURS[shipment.carrier],
            shipment.resolution?.at ?? null,
          )
        : [];
    return {
      id: shipment.id,
      orderId: row.id,
      locationId: shipment.locationId,
      carrier: shipment.carrier,
      waybill: shipment.waybill,
      trackingStatus: shipment.tracking,
      events: parcelEventsOf(db, row, shipment, now),
      eta: iso(shipment.eta),
      shippedAt: iso(shipment.shippedAt),
      deliveredAt: shipment.deliveredAt === null ? null : iso(shipment.deliveredAt),
      exception: shipment.exception
        ? { kind: shipment.exception.kind, since: iso(shipment.exception.since) }
        : null,
      attention,
      resolution: shipment.resolution
        ? {
            action: shipment.resolution.action,
            at: iso(shipment.resolution.at),
            by: shipment.resolution.by,
            note: shipment.resolution.note,
            kinds: shipment.resolution.kinds,
          }
        : null,
      replaces: shipment.replaces ?? null,
    };
  });
}

/**
 * The timeline: the seeded part as derived (or as fixed when a command first changed the order,
 * up to seeding), what parcels did since, and what was recorded since, in time order. A parcel's
 * events keep their ids, so one already in the fixed part is not repeated.
 */
function timelineAt(db: MockDb, row: OrderRow, locationName: string | null, now: number) {
  const fixed = row.seededTimeline;
  if (!fixed) return timelineOf(row, locationName, now);
  const known = new Set(fixed.map((event) => event.id));
  const sinceSeeding = allShipmentsOf(row)
    .flatMap((shipment) => parcelTimeline(row, shipment, db.seededAt, now))
    .filter((event) => !known.has(event.id));
  return [...fixed, ...inTimeOrder([...sinceSeeding, ...(row.addedEvents ?? [])])];
}

/** The whole order, with the customer's phone masked (revealing it is a separate, audited call). */
export function toOrder(db: MockDb, row: OrderRow, now: number = db.clock()): Order {
  const customer = db.customerOf(row);
  const city = cityOf(customer.cityIndex);
  const location = row.locationId ? db.locationById.get(row.locationId) : undefined;
  const lines: Order['lines'] = [];
  for (let i = 0; i < row.lines.length; i += 2) {
    const product = db.productAt(row.lines[i] as number);
    const quantity = row.lines[i + 1] as number;
    lines.push({
      id: `${row.id}-l${i / 2 + 1}`,
      productId: product.id,
      sku: product.sku,
      name: product.name,
      quantity,
      unitPrice: product.price,
      total: money(product.price.amount * quantity),
    });
  }
  const maskedPhone = maskPhone(customer.phone);
  return {
    ...orderHeading(db, row),
    paidAt: row.paidAt === null ? null : iso(row.paidAt),
    status: row.status,
    customer: {
      id: customer.id,
      name: customer.name,
      phone: maskedPhone,
      email: customer.email === null ? null : maskEmail(customer.email),
      phoneMasked: true,
      locale: customerLocaleOf(customer),
    },
    lines,
    totals: {
      subtotal: money(row.subtotal),
      shipping: money(row.shipping),
      discount: money(row.discount),
      total: money(row.total),
    },
    payment: {
      status: row.paymentStatus,
      method: row.paymentMethod,
      paidAt: row.paidAt === null ? null : iso(row.paidAt),
      amount: money(row.total),
      transactionId: transactionIdOf(row),
    },
    shippingAddress: row.address
      ? { ...row.address, phone: maskPhone(row.address.phone) }
      : {
          recipient: customer.name,
          phone: maskedPhone,
          province: city.province,
          city: city.city,
          district: customer.district,
          detail: customer.detail,
          postalCode: customer.postalCode,
        },
    customerNote: customerNoteOf(row),
    hold: row.hold
      ? {
          reason: row.hold.reason,
          note: row.hold.note,
          until: row.hold.until == null ? null : iso(row.hold.until),
          by: row.hold.by,
          at: iso(row.hold.at),
        }
      : null,
    cancellation: row.cancellation
      ? {
          reason: row.cancellation.reason,
          note: row.cancellation.note,
          at: iso(row.cancellation.at),
        }
      : null,
    tagIds: row.tagIds,
    notes: row.notes ?? seededNotes(row),
    riskFlags: row.riskFlags,
    allocation:
      row.locationId && row.carrier && row.allocatedAt !== null
        ? {
            locationId: row.locationId,
            locationName: location?.name ?? row.locationId,
            carrier: row.carrier,
            allocatedAt: iso(row.allocatedAt),
          }
        : null,
    shipments: shipmentsOf(db, row, now),
    refunds: (row.refunds ?? []).map((refund) => ({
      ...refund,
      amount: money(refund.amount),
      at: iso(refund.at),
    })),
    compensations: (row.compensations ?? []).map((compensation) => ({
      ...compensation,
      amount: money(compensation.amount),
      at: iso(compensation.at),
    })),
    timeline: timelineAt(db, row, location?.name ?? null, now),
    version: row.version,
    updatedAt: iso(row.updatedAt),
    updatedBy: row.updatedBy,
  };
}
