import type { WaybillBatchResult, WaybillItem, WaybillRowResult } from '@/api/contract';
import { orderInScope } from '@/domain/access';
import { normaliseOrderNumber } from '@/domain/ids';
import { TRANSITIONS } from '@/domain/order/status';
import type { Region } from '@/domain/region';
import { checkWaybillRows } from '@/domain/waybill/check';
import {
  TYPICAL_TRANSIT_DAYS,
  matchesCarrierFormat,
  normaliseWaybill,
  type Carrier,
} from '@/domain/waybill/carriers';
import { WAYBILL_PROBLEMS, severityOf, type WaybillProblem } from '@/domain/waybill/verdict';
import { scopeOf } from '../handlers/context';
import { forbidden } from '../handlers/problem';
import { CITIES } from '../seed/geography';
import type { DemoUser } from '../seed/reference';
import type { MockDb } from './database';
import { currentAddress } from './order-address';
import { appendEvent, audit, change } from './order-commands';
import { DAY } from './time';
import type { OrderRow, ShipmentRow } from './types';

/**
 * Batch waybill entry: checking rows (never saves) and committing them (ships every row without
 * an error). Each row is checked against the tables as they are when its turn comes, so a number
 * shipped by an earlier row of the same commit counts as used for the rows after it.
 */
export interface Shipper {
  user: DemoUser;
  at: number;
}

/** 403 unless the role ships parcels (the state machine's `ship` actors). */
export function requireShipper(user: DemoUser): void {
  if (!TRANSITIONS.ship.actors.includes(user.role))
    throw forbidden('Only warehouse staff and admins enter waybills');
}

/**
 * Whether a row may name what is wrong with this order. An order the user may not see is
 * "unknown" (its existence is not revealed); a warehouse also knows the orders of the regions it
 * serves, so an order of theirs allocated to another location is reported as such.
 */
function knows(db: MockDb, user: DemoUser, row: OrderRow): boolean {
  const store = db.storeOf(row);
  const order = {
    storeId: store.id,
    region: store.region,
    locationId: row.locationId,
    status: row.status,
  };
  if (orderInScope(scopeOf(user), order)) return true;
  return user.role === 'warehouse' && user.regions.includes(store.region);
}

function visibleOrder(db: MockDb, user: DemoUser, orderNumber: string): OrderRow | undefined {
  if (!orderNumber) return undefined;
  const position = db.positionByNumber.get(orderNumber);
  const row = position === undefined ? undefined : db.orders[position];
  return row && knows(db, user, row) ? row : undefined;
}

/** What stands between the order and shipping it from the user's locations. */
function orderProblems(user: DemoUser, orderNumber: string, row: OrderRow | undefined) {
  // A blank order number is order_missing, found by the row check.
  if (!orderNumber) return [];
  if (!row) return ['order_unknown'] as const;
  switch (row.status) {
    case 'allocated':
      break;
    case 'on_hold':
      return ['order_on_hold'] as const;
    case 'cancelled':
      return ['order_cancelled'] as const;
    case 'shipped':
    case 'delivered':
    case 'completed':
      return ['order_shipped'] as const;
    default:
      return ['order_not_allocated'] as const;
  }
  const ownLocation = row.locationId !== null && user.locationIds.includes(row.locationId);
  return user.role === 'admin' || ownLocation ? [] : (['other_location'] as const);
}

const PROBLEM_ORDER = new Map(WAYBILL_PROBLEMS.map((problem, i) => [problem, i]));

function inListOrder(problems: Iterable<WaybillProblem>): WaybillProblem[] {
  return [...new Set(problems)].sort(
    (a, b) => (PROBLEM_ORDER.get(a) ?? 0) - (PROBLEM_ORDER.get(b) ?? 0),
  );
}

/**
 * The carrier a row is checked against: the one it names; else the allocated one when the number
 * fits that carrier's format (a 12-digit number is both SF's older format and FedEx's, and the
 * allocated carrier is the likelier), else none, so the number's own format decides.
 */
function carrierToCheck(item: WaybillItem, row: OrderRow | undefined): Carrier | null {
  if (item.carrier !== null) return item.carrier;
  const allocated = row?.status === 'allocated' ? row.carrier : null;
  if (allocated && matchesCarrierFormat(allocated, normaliseWaybill(item.waybill)))
    return allocated;
  return null;
}

function destinationRegion(db: MockDb, row: OrderRow): Region {
  const province = currentAddress(db, row).province;
  return CITIES.find((city) => city.province === province)?.region ?? db.storeOf(row).region;
}

/** Days the carrier usually takes from the location to the order's destination. */
export function transitDays(db: MockDb, row: OrderRow, locationId: string, carrier: Carrier) {
  const origin = db.locationById.get(locationId);
  const sameRegion = origin?.region === destinationRegion(db, row);
  return TYPICAL_TRANSIT_DAYS[carrier][sameRegion ? 'sameRegion' : 'crossRegion'];
}

/** A parcel that just left: the carrier has its details, nothing scanned yet. */
export function newParcel(parcel: {
  id: string;
  locationId: string;
  carrier: Carrier;
  waybill: string;
  at: number;
  eta: number;
  replaces?: string;
}): ShipmentRow {
  return {
    id: parcel.id,
    locationId: parcel.locationId,
    carrier: parcel.carrier,
    waybill: parcel.waybill,
    shippedAt: parcel.at,
    arrivesAt: parcel.eta,
    eta: parcel.eta,
    deliveredAt: null,
    tracking: 'info_received',
    delayDays: 0,
    failedAttempt: false,
    exception: null,
    ...(parcel.replaces ? { resolution: null, replaces: parcel.replaces } : {}),
  };
}

/**
 * Ships an allocated order: the shipment (tracking info_received), the reservation turned into
 * a deduction, the timeline and the audit. The carrier becomes the order's carrier: lists,
 * filters and analytics count the parcel under the carrier that carries it.
 */
function shipOrder(
  db: MockDb,
  shipper: Shipper,
  row: OrderRow,
  carrier: Carrier,
  waybill: string,
): ShipmentRow {
  const locationId = row.locationId;
  if (locationId === null) throw new Error(`order ${row.id} is allocated nowhere`);
  const eta = shipper.at + transitDays(db, row, locationId, carrier) * DAY;
  const shipment = newParcel({
    id: `sh-${row.id.slice(1)}`,
    locationId,
    carrier,
    waybill,
    at: shipper.at,
    eta,
  });
  change(db, shipper, row, (draft) => {
    draft.status = 'shipped';
    draft.carrier = carrier;
    draft.shipment = shipment;
    appendEvent(draft, shipper, 'shipped', { carrier, waybill });
  });
  for (let i = 0; i < row.lines.length; i += 2) {
    const product = db.productAt(row.lines[i] as number);
    db.deductShipped(product.id, locationId, row.lines[i + 1] as number, shipper.at);
  }
  audit(db, shipper, row, 'shipped', {
    carrier,
    waybill,
    locationId,
    ...(row.carrier !== null && row.carrier !== carrier ? { allocatedCarrier: row.carrier } : {}),
  });
  return shipment;
}

/**
 * Checks every row and, on a commit, ships each row without an error problem (warnings ship).
 * Rows are taken in order; the caller runs a commit inside db.batch so it is saved once.
 */
export function runWaybillBatch(
  db: MockDb,
  shipper: Shipper,
  items: readonly WaybillItem[],
  mode: 'check' | 'commit',
): WaybillBatchResult {
  const { user } = shipper;
  const orderNumbers = items.map((item) => normaliseOrderNumber(item.orderNumber));
  const numberChecks = checkWaybillRows(
    items.map((item, i) => {
      const orderNumber = orderNumbers[i] as string;
      const row = visibleOrder(db, user, orderNumber);
      return {
        orderNumber,
        waybill: item.waybill,
        carrier: carrierToCheck(item, row),
        allocatedCarrier: row?.status === 'allocated' ? row.carrier : null,
      };
    }),
  );
  let succeeded = 0;
  const results = items.map((_item, i): WaybillRowResult => {
    const orderNumber = orderNumbers[i] as string;
    const checked = numberChecks[i];
    if (!checked) throw new Error(`no check for row ${i}`);
    // Read again, not reused from above: an earlier row of this commit may have shipped it.
    const row = visibleOrder(db, user, orderNumber);
    const usedBy = checked.normalised ? db.positionByWaybill.get(checked.normalised) : undefined;
    const usedElsewhere = usedBy !== undefined && db.orders[usedBy]?.id !== row?.id;
    const problems = inListOrder([
      ...checked.problems,
      ...orderProblems(user, orderNumber, row),
      ...(usedElsewhere ? (['waybill_used'] as const) : []),
    ]);
    // The row's carrier, the detected one, or the allocated one the number fits (carrierToCheck).
    const carrier = checked.carrier;
    const ok =
      row !== undefined &&
      carrier !== null &&
      problems.every((problem) => severityOf(problem) === 'warning');
    if (ok) succeeded += 1;
    const shipment =
      ok && mode === 'commit' ? shipOrder(db, shipper, row, carrier, checked.normalised) : null;
    return {
      row: i,
      orderId: row?.id ?? null,
      orderNumber,
      waybill: checked.normalised,
      carrier,
      allocatedCarrier: row?.carrier ?? null,
      problems,
      shipped: shipment !== null,
      shipmentId: shipment?.id ?? null,
    };
  });
  return { succeeded, failed: results.length - succeeded, results };
}
