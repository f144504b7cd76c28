import type { OrderRow } from './types';

export interface TotalOrder {
  /** Lowest total first, newest first among equal totals. */
  ascending: Int32Array;
  /** Highest total first, still newest first among equal totals. */
  descending: Int32Array;
}

/** Positions ordered by total, for sorting large result sets without comparing rows. */
export function sortByTotal(orders: readonly OrderRow[]): TotalOrder {
  const totals = new Float64Array(orders.length);
  orders.forEach((row, i) => {
    // Total first, position as the tie-breaker, packed into one sortable number.
    totals[i] = row.total * 4_194_304 + i;
  });
  totals.sort();
  const ascending = Int32Array.from(totals, (packed) => packed % 4_194_304);
  const descending = new Int32Array(ascending.length);
  let out = 0;
  let end = ascending.length;
  while (end > 0) {
    const total = (orders[ascending[end - 1] as number] as OrderRow).total;
    let start = end - 1;
    while (start > 0 && (orders[ascending[start - 1] as number] as OrderRow).total === total)
      start -= 1;
    for (let k = start; k < end; k += 1) descending[out++] = ascending[k] as number;
    end = start;
  }
  return { ascending, descending };
}
