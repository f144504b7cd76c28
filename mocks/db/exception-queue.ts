import type { output } from 'zod/v4/core';
import type { ExceptionItem, ExceptionPage, ExceptionQueueQuery } from '@/api/contract';
import { orderInScope, type Scope } from '@/domain/access';
import { normaliseOrderNumber } from '@/domain/ids';
import { money } from '@/domain/money';
import {
  ATTENTION_KINDS,
  DEFAULT_STALE_HOURS,
  openAttention,
  waitBand,
  waitingSince,
  type AttentionKind,
  type TrackedParcel,
} from '@/domain/shipment/attention';
import { canReship, refundableAmount } from '@/domain/shipment/resolution';
import { isOpenTracking } from '@/domain/shipment/tracking';
import { normaliseWaybill } from '@/domain/waybill/carriers';
import type { MockDb } from './database';
import { parcelEventsOf, trackedParcelOf } from './parcels';
import { iso } from './time';
import type { OrderRow, ShipmentRow } from './types';

/**
 * The exceptions queue: parcels that are stale, delayed, failed or in exception and that nobody
 * has dealt with since the reason began. Only an order's newest parcel can be in it (a replaced
 * one was dealt with by the reship), and a parcel that is open or in exception keeps its order
 * `shipped`, so the candidates are the shipped orders: a few thousand at 200,000 orders, kept by
 * the tables' status index, never a scan of every order.
 */

type QueueQuery = output<typeof ExceptionQueueQuery>;

/** One parcel in the queue, with what the rules found about it at `now`. */
export interface QueueEntry {
  row: OrderRow;
  shipment: ShipmentRow;
  parcel: TrackedParcel;
  /** The open reasons, most serious first; never empty. */
  kinds: AttentionKind[];
  /** When the earliest open reason began. */
  since: number;
}

/**
 * The parcel as the attention rules read it. One that reached its end (an exception, mostly)
 * never changes again, so its row says all the rules need without reading its journey; most
 * candidates are such, which keeps the first read of the queue after a catch-up fast.
 */
function parcelAt(db: MockDb, row: OrderRow, shipment: ShipmentRow, now: number): TrackedParcel {
  if (isOpenTracking(shipment.tracking)) return trackedParcelOf(db, row, shipment, now);
  const exceptionSince = shipment.exception?.since ?? null;
  return {
    tracking: shipment.tracking,
    lastEventAt: exceptionSince ?? shipment.deliveredAt ?? shipment.shippedAt,
    eta: shipment.eta,
    exceptionSince,
  };
}

/** The order's newest parcel as the queue sees it at `now`, or null when nothing needs doing. */
export function queueEntryOf(db: MockDb, row: OrderRow, now: number): QueueEntry | null {
  const shipment = row.shipment;
  if (row.status !== 'shipped' || !shipment) return null;
  const parcel = parcelAt(db, row, shipment, now);
  const staleHours = DEFAULT_STALE_HOURS[shipment.carrier];
  const resolvedAt = shipment.resolution?.at ?? null;
  const kinds = openAttention(parcel, now, staleHours, resolvedAt);
  if (kinds.length === 0) return null;
  const since = waitingSince(parcel, now, staleHours, resolvedAt) ?? now;
  return { row, shipment, parcel, kinds, since };
}

function inScope(db: MockDb, scope: Scope, row: OrderRow): boolean {
  const store = db.storeOf(row);
  return orderInScope(scope, {
    storeId: store.id,
    region: store.region,
    locationId: row.locationId,
    status: row.status,
  });
}

/** Every filter but the reason: what the counts per reason are taken over. */
type RowFilter = Pick<QueueQuery, 'carrier' | 'locationId' | 'q'>;

function rowMatcher(filter: RowFilter): (row: OrderRow, shipment: ShipmentRow) => boolean {
  const carriers = filter.carrier?.length ? new Set<string>(filter.carrier) : null;
  const locations = filter.locationId?.length ? new Set(filter.locationId) : null;
  const q = filter.q?.trim() ?? '';
  const numberPrefix = q ? normaliseOrderNumber(q) : '';
  const waybill = q ? normaliseWaybill(q) : '';
  return (row, shipment) =>
    (!carriers || carriers.has(shipment.carrier)) &&
    (!locations || locations.has(shipment.locationId)) &&
    (!q || row.number.startsWith(numberPrefix) || shipment.waybill === waybill);
}

/**
 * The parcels in the queue that the scope may see and the row filters let through, longest
 * waiting first (ties by order number), before the reason and age filters.
 */
export function queueEntries(
  db: MockDb,
  scope: Scope,
  now: number,
  filter: RowFilter = {},
): QueueEntry[] {
  const matches = rowMatcher(filter);
  const entries: QueueEntry[] = [];
  for (const position of db.byStatus.get('shipped') ?? []) {
    const row = db.orders[position];
    const shipment = row?.shipment;
    if (!row || !shipment || !matches(row, shipment) || !inScope(db, scope, row)) continue;
    const entry = queueEntryOf(db, row, now);
    if (entry) entries.push(entry);
  }
  return entries.sort(
    (a, b) =>
      a.since - b.since || (a.row.number < b.row.number ? -1 : a.row.number > b.row.number ? 1 : 0),
  );
}

/** How many parcels the scope sees in the queue (the navigation badge). */
export function countExceptionQueue(db: MockDb, scope: Scope, now: number): number {
  return queueEntries(db, scope, now).length;
}

/** What was paid for the order (fen); nothing before payment. */
export function paidOf(row: OrderRow): number {
  return row.paidAt === null ? 0 : row.total;
}

/**
 * What was refunded so far (fen): the refunds recorded on the order. A seeded order marked
 * refunded as a whole carries no refund records; it counts as refunded in full.
 */
export function refundedOf(row: OrderRow): number {
  const recorded = (row.refunds ?? []).reduce((sum, refund) => sum + refund.amount, 0);
  return row.paymentStatus === 'refunded' ? Math.max(recorded, paidOf(row)) : recorded;
}

function itemOf(db: MockDb, entry: QueueEntry, now: number): ExceptionItem {
  const { row, shipment, parcel, kinds, since } = entry;
  const store = db.storeOf(row);
  const location = db.locationById.get(shipment.locationId);
  const lastEvent = parcelEventsOf(db, row, shipment, now).at(-1) ?? null;
  return {
    orderId: row.id,
    orderNumber: row.number,
    orderVersion: row.version,
    storeName: store.name,
    timeZone: store.timeZone,
    customerName: db.customerOf(row).name,
    shipmentId: shipment.id,
    carrier: shipment.carrier,
    waybill: shipment.waybill,
    locationId: shipment.locationId,
    locationName: location?.name ?? shipment.locationId,
    trackingStatus: parcel.tracking,
    exceptionKind: shipment.exception?.kind ?? null,
    kinds,
    waitingSince: iso(since),
    lastEvent,
    eta: iso(shipment.eta),
    shippedAt: iso(shipment.shippedAt),
    canReship: canReship(
      { tracking: parcel.tracking, exceptionKind: shipment.exception?.kind ?? null },
      kinds.includes('stale'),
    ),
    refundable: money(refundableAmount(paidOf(row), refundedOf(row))),
    total: money(row.total),
  };
}

/** One page of the queue for the scope, with the counts per reason for the same filter. */
export function queryExceptionQueue(
  db: MockDb,
  scope: Scope,
  query: QueueQuery,
  now: number,
): ExceptionPage {
  const entries = queueEntries(db, scope, now, query);
  if (query.sort === '-waiting') entries.reverse();
  const age = query.age;
  const aged = age ? entries.filter((entry) => waitBand(entry.since, now) === age) : entries;
  const counts = Object.fromEntries(ATTENTION_KINDS.map((kind) => [kind, 0])) as Record<
    AttentionKind,
    number
  >;
  for (const entry of aged) for (const kind of entry.kinds) counts[kind] += 1;
  const wanted = query.kind?.length ? new Set(query.kind) : null;
  const matching = wanted
    ? aged.filter((entry) => entry.kinds.some((kind) => wanted.has(kind)))
    : aged;
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize).map((entry) => itemOf(db, entry, now)),
    page: query.page,
    pageSize: query.pageSize,
    total: matching.length,
    counts,
  };
}
