import type { output } from 'zod/v4/core';
import {
  PICK_LIST_LIMIT,
  type FieldError,
  type Location,
  type PackingSlip,
  type PickList,
  type PickListQuery,
} from '@/api/contract';
import { maskPhone } from '@/domain/customer';
import { HttpProblem } from '../handlers/problem';
import { cityOf, customerNoteOf } from '../seed/details';
import { weightOf } from './allocation';
import type { MockDb } from './database';
import { iso } from './time';
import type { OrderRow } from './types';

export type PickListInput = output<typeof PickListQuery>;

/** The orders of the pick list: the given ones (each must be allocated here) or all allocated here. */
function ordersFor(db: MockDb, location: Location, query: PickListInput): OrderRow[] {
  const carriers = query.carrier?.length ? new Set(query.carrier) : null;
  const allocatedHere = (row: OrderRow | undefined): row is OrderRow =>
    row !== undefined && row.status === 'allocated' && row.locationId === location.id;
  let rows: OrderRow[];
  if (query.orderId?.length) {
    const ids = [...new Set(query.orderId)];
    const errors: FieldError[] = [];
    rows = [];
    ids.forEach((id, i) => {
      const row = db.order(id);
      if (allocatedHere(row)) rows.push(row);
      else
        errors.push({
          field: `orderId.${i}`,
          code: 'not_allocated_here',
          message: `${db.order(id)?.number ?? id} is not waiting to ship from ${location.name}`,
        });
    });
    if (errors.length > 0)
      throw new HttpProblem(
        422,
        'validation',
        `Some orders are not waiting to ship from ${location.name}`,
        errors,
      );
  } else {
    rows = (db.byLocation.get(location.id) ?? [])
      .map((position) => db.orders[position])
      .filter(allocatedHere);
  }
  if (carriers) rows = rows.filter((row) => row.carrier !== null && carriers.has(row.carrier));
  // The first allocated are the first picked.
  return rows.sort(
    (a, b) => (a.allocatedAt ?? 0) - (b.allocatedAt ?? 0) || a.number.localeCompare(b.number),
  );
}

/** The address on one line, as a parcel label has it (上海市 is not repeated as the city). */
function oneLine(address: { province: string; city: string; district: string; detail: string }) {
  const city = address.city === address.province ? '' : address.city;
  return `${address.province}${city}${address.district}${address.detail}`;
}

function slipOf(db: MockDb, row: OrderRow): PackingSlip {
  const store = db.storeOf(row);
  const customer = db.customerOf(row);
  const city = cityOf(customer.cityIndex);
  const address = row.address ?? {
    recipient: customer.name,
    phone: customer.phone,
    province: city.province,
    city: city.city,
    district: customer.district,
    detail: customer.detail,
  };
  const lines: PackingSlip['lines'] = [];
  for (let i = 0; i < row.lines.length; i += 2) {
    const product = db.productAt(row.lines[i] as number);
    lines.push({
      productId: product.id,
      sku: product.sku,
      productName: product.name,
      quantity: row.lines[i + 1] as number,
    });
  }
  const note = customerNoteOf(row);
  if (!row.carrier) throw new Error(`allocated order ${row.id} has no carrier`);
  return {
    orderId: row.id,
    number: row.number,
    storeName: store.name,
    placedAt: iso(row.placedAt),
    timeZone: store.timeZone,
    recipient: address.recipient,
    phone: maskPhone(address.phone),
    address: oneLine(address),
    carrier: row.carrier,
    weightGrams: weightOf(db, row),
    customerNote: note === '' ? null : note,
    lines,
  };
}

/**
 * The pick list of a location: every SKU to take from the shelves (by category, then SKU) with
 * the total quantity and how many orders need it, and a packing slip per order. At most
 * PICK_LIST_LIMIT orders, the first allocated first; `truncated` says more were waiting.
 */
export function pickListOf(
  db: MockDb,
  location: Location,
  query: PickListInput,
  now: number,
): PickList {
  const all = ordersFor(db, location, query);
  const rows = all.slice(0, PICK_LIST_LIMIT);
  const skus = new Map<number, { quantity: number; orderCount: number }>();
  for (const row of rows) {
    const seen = new Set<number>();
    for (let i = 0; i < row.lines.length; i += 2) {
      const productIndex = row.lines[i] as number;
      const entry = skus.get(productIndex) ?? { quantity: 0, orderCount: 0 };
      entry.quantity += row.lines[i + 1] as number;
      if (!seen.has(productIndex)) entry.orderCount += 1;
      seen.add(productIndex);
      skus.set(productIndex, entry);
    }
  }
  const picks = [...skus].map(([productIndex, entry]) => ({
    product: db.productAt(productIndex),
    ...entry,
  }));
  picks.sort(
    (a, b) =>
      a.product.categoryIndex - b.product.categoryIndex ||
      a.product.sku.localeCompare(b.product.sku),
  );
  return {
    location,
    generatedAt: iso(now),
    skus: picks.map(({ product, quantity, orderCount }) => ({
      productId: product.id,
      sku: product.sku,
      productName: product.name,
      category: product.category,
      quantity,
      orderCount,
    })),
    orders: rows.map((row) => slipOf(db, row)),
    truncated: all.length > rows.length,
  };
}
