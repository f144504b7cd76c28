/** Counts over a set of orders, as the backend keeps them per day; KPIs are derived from these. */
export interface OrderSums {
  orders: number;
  /** Money of paid, not cancelled orders, in fen. */
  gmv: number;
  paid: number;
  /** Paid and not cancelled: the orders GMV is made of. */
  sold: number;
  cancelled: number;
  /** Paid orders with some or all money refunded. */
  refunded: number;
  shipped: number;
  shippedWithin24h: number;
}

export interface KpiFigures {
  gmvFen: number;
  orders: number;
  averageOrderValueFen: number;
  cancellationRate: number;
  refundRate: number;
  shippedWithin24hRate: number;
}

export function emptySums(): OrderSums {
  return {
    orders: 0,
    gmv: 0,
    paid: 0,
    sold: 0,
    cancelled: 0,
    refunded: 0,
    shipped: 0,
    shippedWithin24h: 0,
  };
}

/** a / b within [0, 1]; 0 without a base. */
export function ratio(part: number, whole: number): number {
  return whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0;
}

/**
 * Average order value is over the orders that count as sales (paid and not cancelled), the same
 * orders GMV sums; cancellation is over every order placed; refunds over paid orders; shipping
 * speed over shipped orders.
 */
export function kpiFigures(sums: OrderSums): KpiFigures {
  const { sold } = sums;
  return {
    gmvFen: sums.gmv,
    orders: sums.orders,
    averageOrderValueFen: sold > 0 ? Math.round(sums.gmv / sold) : 0,
    cancellationRate: ratio(sums.cancelled, sums.orders),
    refundRate: ratio(sums.refunded, sums.paid),
    shippedWithin24hRate: ratio(sums.shippedWithin24h, sums.shipped),
  };
}

const DAY = 86_400_000;

/** Average days from shipping to delivery, one decimal; null when nothing was delivered. */
export function averageTransitDays(totalTransitMs: number, delivered: number): number | null {
  if (delivered <= 0) return null;
  return Math.round((totalTransitMs / delivered / DAY) * 10) / 10;
}
