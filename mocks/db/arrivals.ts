import { formatOrderNumber } from '@/domain/ids';
import { REPEAT_PHONE_WINDOW_MS, isAddressIncomplete } from '@/domain/order/risk';
import { shippingAddressOf, type CustomerPool } from '../seed/customers';
import { CITIES } from '../seed/geography';
import { drawPaymentMethod, makeOrder, type OrderHistory } from '../seed/orders';
import { createRng, subSeed } from '../seed/prng';
import { STORES, STORE_WEIGHTS } from '../seed/reference';
import { makeSampler } from '../seed/sampler';
import type { MockDb } from './database';
import { HOUR, dateParts, dayNumber } from './time';
import type { ArrivalCursor, CustomerRow, OrderRow } from './types';

/**
 * New orders keep arriving while the mock runs. They are made when a request comes in, up to
 * that moment, never by a timer: the Node server and the browser worker then behave alike, and
 * the same seed and clock give the same orders.
 */

const GAP_SALT = 0x6a9;
const ORDER_SALT = 0xa441;
const PAYMENT_SALT = 0x9a1d;
/** Arrivals while nobody was running the demo are not made up afterwards beyond this. */
export const MAX_BACKFILL_MS = HOUR;
/** Most arrivals are paid within a couple of minutes; the rest time out unpaid. */
const PAYS = 0.94;
const UNPAID_TIMEOUT_MS = 30 * 60_000;

/**
 * The time between arrival `index - 1` and arrival `index`: a third to one and a half times an
 * hour / perHour (20 to 90 s at 60 an hour), so arrivals are irregular but never bunch up.
 */
function gapMs(seed: number, index: number, perHour: number): number {
  const u = createRng(subSeed(seed ^ GAP_SALT, index)).next();
  return Math.round((HOUR / perHour) * (1 / 3 + (7 / 6) * u));
}

/** When the arrival will be paid, or null when it never is, and with what. */
function paymentPlan(row: OrderRow): {
  paysAt: number | null;
  method: NonNullable<OrderRow['paymentMethod']>;
} {
  const rng = createRng((row.seed ^ PAYMENT_SALT) >>> 0);
  const pays = rng.chance(PAYS);
  const paysAt = row.placedAt + rng.int(15_000, 120_000);
  const channel = STORES[row.storeIndex]?.channel ?? 'retail';
  return { paysAt: pays ? paysAt : null, method: drawPaymentMethod(channel, rng) };
}

/** What becomes of an unpaid arrival by `now`: paid (then waiting for review), timed out, or nothing yet. */
function settlement(
  row: OrderRow,
  now: number,
): { at: number; apply(draft: OrderRow): void } | null {
  if (row.status !== 'unpaid') return null;
  const plan = paymentPlan(row);
  if (plan.paysAt !== null && plan.paysAt <= now) {
    const at = plan.paysAt;
    return {
      at,
      apply(draft) {
        draft.paidAt = at;
        draft.paymentMethod = plan.method;
        draft.paymentStatus = 'paid';
        draft.status = 'pending_review';
      },
    };
  }
  const timeout = row.placedAt + UNPAID_TIMEOUT_MS;
  if (plan.paysAt === null && timeout <= now) {
    return {
      at: timeout,
      apply(draft) {
        draft.status = 'cancelled';
        draft.cancellation = { reason: 'unpaid_timeout', at: timeout, note: '' };
      },
    };
  }
  return null;
}

/** What the seed's order maker needs besides the order itself, built once per set of tables. */
interface Makers {
  pool: CustomerPool;
  sampleStore: (u: number) => number;
  sampleProduct: (u: number) => number;
}
const makersOf = new WeakMap<MockDb, Makers>();

function makers(db: MockDb): Makers {
  let found = makersOf.get(db);
  if (!found || found.pool.customers !== db.customers) {
    const byCity: number[][] = CITIES.map(() => []);
    db.customers.forEach((c, i) => byCity[c.cityIndex]?.push(i));
    found = {
      pool: { customers: db.customers, byCity },
      sampleStore: makeSampler(STORE_WEIGHTS),
      sampleProduct: makeSampler(db.products.map((p) => p.popularity)),
    };
    makersOf.set(db, found);
  }
  return found;
}

/** Earlier orders from the tables, plus those made earlier in the same catch-up. */
class TableHistory implements OrderHistory {
  readonly made: OrderRow[] = [];

  constructor(private readonly db: MockDb) {}

  earlierOrders(customerIndex: number): number {
    const { customerStart } = this.db;
    const stored = (customerStart[customerIndex + 1] ?? 0) - (customerStart[customerIndex] ?? 0);
    return stored + this.made.filter((r) => r.customerIndex === customerIndex).length;
  }

  addressIncomplete(_: number, customer: CustomerRow): boolean {
    return isAddressIncomplete(shippingAddressOf(customer));
  }

  recentPlacements(customerIndex: number, at: number): readonly number[] {
    const times = this.db
      .ordersOfCustomer(customerIndex)
      .map((position) => (this.db.orders[position] as OrderRow).placedAt);
    for (const row of this.made) if (row.customerIndex === customerIndex) times.push(row.placedAt);
    return times.filter((t) => t <= at && at - t <= REPEAT_PHONE_WINDOW_MS);
  }
}

/** The next order number of the day `at` falls on (store time), after the newest order. */
function nextNumber(newest: OrderRow | undefined, at: number, timeZone: string): string {
  const date = dateParts(dayNumber(at, timeZone));
  const first = formatOrderNumber(date, 1);
  if (newest && newest.number.slice(0, 10) === first.slice(0, 10))
    return formatOrderNumber(date, Number(newest.number.slice(10)) + 1);
  return first;
}

function makeArrival(db: MockDb, history: TableHistory, index: number, at: number): OrderRow {
  const { pool, sampleStore, sampleProduct } = makers(db);
  const orderSeed = subSeed(db.seed ^ ORDER_SALT, index);
  const timeZone = db.stores[0]?.timeZone ?? 'Asia/Shanghai';
  const row = makeOrder({
    orderSeed,
    placedAt: at,
    number: nextNumber(history.made.at(-1) ?? db.orders[0], at, timeZone),
    // As it stands the moment it is placed: unpaid. Payment follows in settle().
    now: at,
    products: db.products,
    pool,
    storeIndex: sampleStore(createRng(orderSeed).next()),
    sampleProduct,
    nextParcel: () => {
      throw new Error('a new order has no parcel yet');
    },
    history,
  });
  history.made.push(row);
  return row;
}

/**
 * Brings the tables up to `now`: unpaid arrivals whose payment came are paid (or time out), then
 * the orders that arrived since the last request are added, about `perHour` an hour.
 */
export function catchUpArrivals(db: MockDb, now: number, perHour: number): void {
  settleArrivals(db, now);
  if (perHour <= 0) return;
  const cursor: ArrivalCursor = { ...db.arrivalCursor };
  const history = new TableHistory(db);
  const earliest = now - MAX_BACKFILL_MS;
  for (;;) {
    const next = cursor.at + gapMs(db.seed, cursor.index + 1, perHour);
    if (next > now) break;
    cursor.index += 1;
    cursor.at = next;
    if (next >= earliest) makeArrival(db, history, cursor.index, next);
  }
  if (cursor.index === db.arrivalCursor.index) return;
  for (const row of history.made) {
    const settled = settlement(row, now);
    if (settled) {
      settled.apply(row);
      row.version += 1;
      row.updatedAt = settled.at;
    }
  }
  db.addNewest([...history.made].reverse(), cursor);
}

/** Pays (or times out) the arrivals still unpaid whose moment has come. */
function settleArrivals(db: MockDb, now: number): void {
  for (let position = 0; position < db.arrivedCount; position += 1) {
    const row = db.orders[position] as OrderRow;
    const settled = settlement(row, now);
    if (settled) db.updateOrder(row.id, settled.apply, { at: settled.at, by: null });
  }
}
