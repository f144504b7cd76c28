import { allocateProportionally } from '@/domain/money';
import { ORDER_STATUSES, type OrderStatus } from '@/domain/order/status';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import type { SeedProduct } from '../seed/reference';
import { HOUR, dayNumber } from './time';
import type { OrderRow } from './types';

/** Orders and money of one day for one store x category x status x carrier. */
export interface Cell {
  store: number;
  category: number;
  status: OrderStatus;
  /** Index into CARRIERS, or -1 before allocation. */
  carrier: number;
  orders: number;
  /** Paid, not cancelled orders' totals, shared out over their lines' categories. */
  gmv: number;
  paid: number;
  refunded: number;
  shipped: number;
  shippedWithin24h: number;
}

const STATUS_INDEX = new Map(ORDER_STATUSES.map((s, i) => [s, i]));
const CARRIER_INDEX = new Map<Carrier, number>(CARRIERS.map((c, i) => [c, i]));

/**
 * Daily pre-aggregates, so KPIs, breakdowns and trends read a few thousand cells per request
 * instead of every order. Each order counts once, under its primary category; its money is
 * shared over the categories of its lines. A changed order is taken out and put back in.
 */
export class AnalyticsCube {
  readonly days = new Map<number, Map<number, Cell>>();

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
      cells = new Map();
      this.days.set(day, cells);
    }
    const key =
      ((store * this.categoryCount + category) * 16 + (STATUS_INDEX.get(status) ?? 0)) * 16 +
      carrier +
      1;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        store,
        category,
        status,
        carrier,
        orders: 0,
        gmv: 0,
        paid: 0,
        refunded: 0,
        shipped: 0,
        shippedWithin24h: 0,
      };
      cells.set(key, cell);
    }
    return cell;
  }

  private apply(row: OrderRow, sign: 1 | -1): void {
    const day = dayNumber(row.placedAt, this.timeZoneOf(row.storeIndex));
    const carrier = row.carrier === null ? -1 : (CARRIER_INDEX.get(row.carrier) ?? -1);
    const primary = this.cell(day, row.storeIndex, row.primaryCategory, row.status, carrier);
    const paid = row.paidAt !== null;
    primary.orders += sign;
    if (paid) primary.paid += sign;
    if (row.paymentStatus === 'refunded' || row.paymentStatus === 'partially_refunded')
      primary.refunded += sign;
    if (row.shipment) {
      primary.shipped += sign;
      if (row.paidAt !== null && row.shipment.shippedAt - row.paidAt <= 24 * HOUR)
        primary.shippedWithin24h += sign;
    }
    if (!paid || row.status === 'cancelled') return;
    if (row.lines.length === 2) {
      // Most orders have one line: all their money goes to its category.
      const only = this.products[row.lines[0] as number];
      if (only)
        this.cell(day, row.storeIndex, only.categoryIndex, row.status, carrier).gmv +=
          sign * row.total;
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
      this.cell(day, row.storeIndex, categories[i] as number, row.status, carrier).gmv +=
        sign * share;
    });
  }

  /** Every cell of the days in [fromDay, toDay]. */
  forEachCell(fromDay: number, toDay: number, visit: (day: number, cell: Cell) => void): void {
    for (let day = fromDay; day <= toDay; day += 1) {
      const cells = this.days.get(day);
      if (!cells) continue;
      for (const cell of cells.values()) visit(day, cell);
    }
  }
}
