import { expect } from 'vitest';
import {
  ExceptionCount,
  ExceptionPage,
  StockLevel,
  type ShipmentResolutionRequest,
} from '@/api/contract';
import type { Scope } from '@/domain/access';
import type { Carrier } from '@/domain/waybill/carriers';
import type { MockDb } from '../db/database';
import { DAY } from '../db/time';
import type { JourneyPlan, OrderRow, ShipmentRow } from '../db/types';
import type { MockServer } from '../node';
import { USERS } from '../seed/reference';
import type { Caller } from './order-fixtures';
import { authed } from './test-server';

/**
 * Parcels put into a known state for the exceptions queue tests, the demo users' scopes, and
 * calls of the tracking endpoints.
 */

export type ArrangedParcel = 'lost' | 'damaged' | 'customs_hold' | 'stale' | 'delayed';

const ON_TIME: JourneyPlan = {
  seed: 20_261_123,
  finish: 'door',
  delayDays: 0,
  failedAttempt: false,
  exception: null,
  neverScanned: false,
};

/** How each arranged parcel's journey goes, and when it left relative to now. */
const JOURNEYS: Record<ArrangedParcel, { plan: JourneyPlan; shippedAgo: number; days: number }> = {
  // Gone for days: the journey ended in the exception long before now.
  lost: { plan: { ...ON_TIME, exception: 'lost' }, shippedAgo: 10 * DAY, days: 2 },
  damaged: { plan: { ...ON_TIME, exception: 'damaged' }, shippedAgo: 10 * DAY, days: 2 },
  customs_hold: {
    plan: { ...ON_TIME, exception: 'customs_hold' },
    shippedAgo: 10 * DAY,
    days: 2,
  },
  // Labelled three days ago and never scanned since; due in a day.
  stale: { plan: { ...ON_TIME, neverScanned: true }, shippedAgo: 3 * DAY, days: 4 },
  // Due yesterday and days late.
  delayed: { plan: { ...ON_TIME, delayDays: 3 }, shippedAgo: 3 * DAY, days: 2 },
};

export function scopeOfUser(username: string): Scope {
  const user = USERS.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return {
    role: user.role,
    storeIds: user.storeIds,
    locationIds: user.locationIds,
    regions: user.regions,
  };
}

let serial = 0;

/** A ZTO number no parcel carries yet. */
export function freshWaybill(db: MockDb): string {
  for (;;) {
    const number = `7388${String((serial += 1)).padStart(10, '0')}`;
    if (db.positionByWaybill.get(number) === undefined) return number;
  }
}

/**
 * Turns one of the store's completed orders into a paid order whose only parcel, shipped from
 * `locationId`, is `kind` at `now`. The tracking catch-up notices the new parcel (its waybill
 * changed) and brings the row to its journey's state before the next request reads it. Each
 * call takes the next such order.
 */
export function arrangeParcel(
  db: MockDb,
  kind: ArrangedParcel,
  now: number,
  options: { storeId?: string; locationId?: string; carrier?: Carrier; nth?: number } = {},
): OrderRow {
  const { storeId = 'st-sh01', locationId = 'loc-wh-sh', carrier = 'ZTO' } = options;
  const row = db.orders.filter((o) => o.status === 'completed' && db.storeOf(o).id === storeId)[
    options.nth ?? 0
  ];
  if (!row) throw new Error(`no completed order of ${storeId} left to arrange`);
  const journey = JOURNEYS[kind];
  const shippedAt = now - journey.shippedAgo;
  const shipment: ShipmentRow = {
    id: `sh-${row.id.slice(1)}`,
    locationId,
    carrier,
    waybill: freshWaybill(db),
    shippedAt,
    arrivesAt: shippedAt + journey.days * DAY,
    eta: shippedAt + journey.days * DAY,
    deliveredAt: null,
    tracking: 'info_received',
    delayDays: journey.plan.delayDays,
    failedAttempt: false,
    exception: null,
    resolution: null,
    replaces: null,
    plan: journey.plan,
  };
  return db.updateOrder(
    row.id,
    (draft) => {
      draft.status = 'shipped';
      draft.paymentStatus = 'paid';
      draft.locationId = locationId;
      draft.carrier = carrier;
      draft.shipment = shipment;
      draft.previousShipments = [];
      draft.refunds = [];
      draft.compensations = [];
    },
    { at: shippedAt, by: null },
  );
}

/** A request of any action; the version is the order's current one unless given. */
export type ResolutionBody = ShipmentResolutionRequest extends infer R
  ? R extends ShipmentResolutionRequest
    ? Omit<R, 'version'> & { version?: number }
    : never
  : never;

/** The demo users' calls of the queue, the count and the resolutions, and stock at Shanghai. */
export function trackingCalls(mock: MockServer) {
  const { db } = mock;
  const asAdmin = authed(mock, 'admin');
  const asStore = authed(mock, 'store.sh');
  const asWarehouse = authed(mock, 'warehouse.sh');
  const asManager = authed(mock, 'manager.east');

  async function queue(call: Caller, query = ''): Promise<ExceptionPage> {
    const response = await call(`/tracking/exceptions?pageSize=200${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return ExceptionPage.parse(await response.json());
  }

  async function openCount(call: Caller): Promise<number> {
    const response = await call('/tracking/exceptions/count');
    expect(response.status).toBe(200);
    return ExceptionCount.parse(await response.json()).open;
  }

  /** A parcel of one of store.sh's orders, shipped from the Shanghai warehouse, in the queue. */
  const parcel = (kind: ArrangedParcel, nth = 0): OrderRow =>
    arrangeParcel(db, kind, mock.ctx.now(), { nth });

  function resolve(call: Caller, row: OrderRow, body: ResolutionBody, key?: string) {
    const shipmentId = row.shipment?.id ?? '';
    return call(`/orders/${row.id}/shipments/${shipmentId}/resolutions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
      body: JSON.stringify({ version: db.order(row.id)?.version, ...body }),
    });
  }

  async function stockOf(productId: string): Promise<StockLevel> {
    const response = await asWarehouse(`/stock/loc-wh-sh/${productId}`);
    expect(response.status).toBe(200);
    return StockLevel.parse(await response.json());
  }

  const lineProducts = (row: OrderRow) =>
    row.lines.flatMap((product, i) =>
      i % 2 === 0
        ? [{ productId: db.productAt(product).id, quantity: row.lines[i + 1] as number }]
        : [],
    );

  /** Enough of every line at the warehouse that a replacement can leave. */
  function stockUp(row: OrderRow): void {
    for (const { productId } of lineProducts(row))
      db.changeStock(productId, 'loc-wh-sh', (level) => ({ onHand: level.onHand + 50 }));
  }

  return {
    db,
    asAdmin,
    asStore,
    asWarehouse,
    asManager,
    queue,
    openCount,
    parcel,
    resolve,
    stockOf,
    lineProducts,
    stockUp,
  };
}
