import {
  shipLatencyBucket,
  SHIP_LATENCY_BUCKETS,
  shippedWithin24h,
} from '@/domain/analytics/ship-latency';
import type { OrderSums } from '@/domain/analytics/kpis';
import { allocateProportionally } from '@/domain/money';
import { ORDER_STATUSES, type OrderStatus } from '@/domain/order/status';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import type { SeedProduct } from '../seed/reference';
import { dayNumber } from './time';
import type { OrderRow } from './types';

/**
 * Counts and money of one day for one store x category x status x carrier. The OrderSums part
 * feeds the KPIs; the rest the funnel, ship-latency and carrier answers.
 */
export interface Cell extends OrderSums {
  store: number;
  category: number;
  status: OrderStatus;
  /** Index of the status in ORDER_STATUSES. */
  statusIndex: number;
  /** Index into CARRIERS, or -1 before one is chosen. */
  carrier: number;
  /** Shipped orders with a payment, per SHIP_LATENCY_BUCKETS (same order). */
  latency: number[];
  /** Shipped orders whose parcel was delivered. */
  delivered: number;
  /** Sum of delivered parcels' shipping-to-delivery times, in ms. */
  transitMs: number;
  /** Shipped orders whose parcel has an exception. */
  exceptions: number;
}

const STATUS_INDEX = new Map(ORDER_STATUSES.map((s, i) => [s, i]));
const CARRIER_INDEX = new Map<Carrier, number>(CARRIERS.map((c, i) => [c, i]));
const NO_CELLS: readonly Cell[] = [];
/**
 * The latency counts of a cell nothing shipped from yet, shared and never written: most cells
 * (orders not shipped) never need their own, and building 150,000 arrays is felt at start-up.
 */
const NO_LATENCY = Object.freeze(SHIP_LATENCY_BUCKETS.map(() => 0)) as number[];
const LATENCY_INDEX = new Map(SHIP_LATENCY_BUCKETS.map((b, i) => [b, i]));

/**
 * The carrier an order counts under: the allocated one, else the one its parcel went with; the
 * orders list's carrier filter reads the same.
 */
export function carrierOf(row: OrderRow): Carrier | null {
  return row.carrier ?? row.shipment?.carrier ?? null;
}

/**
 * Daily pre-aggregates, so every analytics answer reads a few thousand cells per day asked for
 * instead of every order. Each order counts once, under its primary category; its money is
 * shared over the categories of its lines. A changed order is taken out and put back in.
 */
export class AnalyticsCube {
  /** Per day, the cells by key, and the same cells in a list for reading them fast. */
  private readonly days = new Map<number, { byKey: Map<number, Cell>; cells: Cell[] }>();

  constructor(
    private readonly products: readonly SeedProduct[],
    private readonly categoryCount: number,
    private readonly timeZoneOf: (storeIndex: number) => string,
  ) {}

  add(row: OrderRow): void {
    this.apply(row, 1);
  }

  remove(row: OrderRow): void {
    this.apply(row, -1);
  }

  private cell(
    day: number,
    store: number,
    category: number,
    status: OrderStatus,
    carrier: number,
  ): Cell {
    let cells = this.days.get(day);
    if (!cells) {
      cells = { byKey: new Map(), cells: [] };
      this.days.set(day, cells);
    }
    const statusIndex = STATUS_INDEX.get(status) ?? 0;
    const key = ((store * this.categoryCount + category) * 16 + statusIndex) * 16 + carrier + 1;
    let cell = cells.byKey.get(key);
    if (!cell) {
      cell = {
        store,
        category,
        status,
        statusIndex,
        carrier,
        orders: 0,
        gmv: 0,
        paid: 0,
        sold: 0,
        cancelled: 0,
        refunded: 0,
        shipped: 0,
        shippedWithin24h: 0,
        latency: NO_LATENCY,
        delivered: 0,
        transitMs: 0,
        exceptions: 0,
      };
      cells.byKey.set(key, cell);
      cells.cells.push(cell);
    }
    return cell;
  }

  private apply(row: OrderRow, sign: 1 | -1): void {
    const day = dayNumber(row.placedAt, this.timeZoneOf(row.storeIndex));
    const named = carrierOf(row);
    const carrier = named === null ? -1 : (CARRIER_INDEX.get(named) ?? -1);
    const primary = this.cell(day, row.storeIndex, row.primaryCategory, row.status, carrier);
    const paid = row.paidAt !== null;
    const sold = paid && row.status !== 'cancelled';
    primary.orders += sign;
    if (paid) primary.paid += sign;
    if (sold) primary.sold += sign;
    if (row.status === 'cancelled') primary.cancelled += sign;
    if (row.paymentStatus === 'refunded' || row.paymentStatus === 'partially_refunded')
      primary.refunded += sign;
    this.applyShipment(primary, row, sign);
    if (sold)
      this.applyMoney(row, sign, (category) =>
        this.cell(day, row.storeIndex, category, row.status, carrier),
      );
  }

  private applyShipment(cell: Cell, row: OrderRow, sign: 1 | -1): void {
    const { shipment, paidAt } = row;
    if (!shipment) return;
    cell.shipped += sign;
    if (paidAt !== null) {
      if (shippedWithin24h(paidAt, shipment.shippedAt)) cell.shippedWithin24h += sign;
      const bucket = LATENCY_INDEX.get(shipLatencyBucket(paidAt, shipment.shippedAt)) ?? 0;
      if (cell.latency === NO_LATENCY) cell.latency = SHIP_LATENCY_BUCKETS.map(() => 0);
      cell.latency[bucket] = (cell.latency[bucket] as number) + sign;
    }
    if (shipment.deliveredAt !== null) {
      cell.delivered += sign;
      cell.transitMs += sign * (shipment.deliveredAt - shipment.shippedAt);
    }
    if (shipment.exception !== null) cell.exceptions += sign;
  }

  /** A sold order's total, shared over its lines' categories by their amounts. */
  private applyMoney(row: OrderRow, sign: 1 | -1, cellOf: (category: number) => Cell): void {
    if (row.lines.length === 2) {
      // Most orders have one line: all their money goes to its category.
      const only = this.products[row.lines[0] as number];
      if (only) cellOf(only.categoryIndex).gmv += sign * row.total;
      return;
    }
    const categories: number[] = [];
    const amounts: number[] = [];
    for (let i = 0; i < row.lines.length; i += 2) {
      const product = this.products[row.lines[i] as number];
      if (!product) continue;
      categories.push(product.categoryIndex);
      amounts.push(product.price.amount * (row.lines[i + 1] as number));
    }
    const shares = allocateProportionally(row.total, amounts);
    shares.forEach((share, i) => {
      cellOf(categories[i] as number).gmv += sign * share;
    });
  }

  /** The cells of a day (some may be all zeros once their orders changed), or none. */
  cellsOf(day: number): readonly Cell[] {
    return this.days.get(day)?.cells ?? NO_CELLS;
  }

  /** Days that have cells. */
  get dayCount(): number {
    return this.days.size;
  }
}
