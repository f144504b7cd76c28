import { emptySums, type OrderSums } from '@/domain/analytics/kpis';
import { storeInScope, type Scope } from '@/domain/access';
import type { Region } from '@/domain/region';
import type { Cell } from './analytics-cube';
import type { MockDb } from './database';
import { dateToDay } from './time';

export interface AnalyticsFilter {
  from: string;
  to: string;
  region?: Region[];
  storeId?: string[];
  category?: string[];
}

/** The cells one request reads: the days of its period, and which cells of those days count. */
export interface Selection {
  fromDay: number;
  toDay: number;
  /** Days in the period; the previous period is as long and ends the day before. */
  length: number;
  accept: (cell: Cell) => boolean;
}

/** Stores in scope and in the filter, categories (primary, by name) in the filter. */
export function select(db: MockDb, scope: Scope, filter: AnalyticsFilter): Selection {
  // One flag per store x category, so a cell is judged by one read.
  const categoryCount = db.categories.length;
  const accepted = new Uint8Array(db.stores.length * categoryCount);
  db.stores.forEach((store, s) => {
    if (
      !storeInScope(scope, store) ||
      (filter.storeId?.length && !filter.storeId.includes(store.id)) ||
      (filter.region?.length && !filter.region.includes(store.region))
    )
      return;
    db.categories.forEach((name, c) => {
      if (!filter.category?.length || filter.category.includes(name))
        accepted[s * categoryCount + c] = 1;
    });
  });
  const fromDay = dateToDay(filter.from);
  const toDay = dateToDay(filter.to);
  return {
    fromDay,
    toDay,
    length: toDay - fromDay + 1,
    accept: (cell) => accepted[cell.store * categoryCount + cell.category] === 1,
  };
}

/** The same selection over the period of the same length just before. */
export function previousOf(selection: Selection): Selection {
  return {
    ...selection,
    fromDay: selection.fromDay - selection.length,
    toDay: selection.fromDay - 1,
  };
}

/** Visits the accepted cells of the selection's days, day by day. */
export function forEachSelected(
  db: MockDb,
  selection: Selection,
  visit: (day: number, cell: Cell) => void,
): void {
  const { accept } = selection;
  const cube = db.cube;
  for (let day = selection.fromDay; day <= selection.toDay; day += 1) {
    for (const cell of cube.cellsOf(day)) if (accept(cell)) visit(day, cell);
  }
}

export function addSums(into: OrderSums, cell: OrderSums): void {
  into.orders += cell.orders;
  into.gmv += cell.gmv;
  into.paid += cell.paid;
  into.sold += cell.sold;
  into.cancelled += cell.cancelled;
  into.refunded += cell.refunded;
  into.shipped += cell.shipped;
  into.shippedWithin24h += cell.shippedWithin24h;
}

export function sumSelected(db: MockDb, selection: Selection): OrderSums {
  const sums = emptySums();
  forEachSelected(db, selection, (_, cell) => addSums(sums, cell));
  return sums;
}
