import type { OrderStatus } from '@/domain/order/status';
import { normaliseWaybill } from '@/domain/waybill/carriers';
import { detectCarriers } from '@/domain/waybill/check';
import type { WaybillProblem } from '@/domain/waybill/verdict';
import { looksLikeOrderNumber } from '../import/parse';

export type ScanKind = 'order' | 'waybill' | 'unknown';

/**
 * What a scan looks like: an order number from a packing slip (SO…), a carrier's parcel number,
 * or neither. Used to explain a scan of the wrong label, not to decide what ships.
 */
export function classifyScan(value: string): ScanKind {
  if (looksLikeOrderNumber(value)) return 'order';
  const normalised = normaliseWaybill(value);
  if (normalised === '') return 'unknown';
  return detectCarriers(normalised).length > 0 ? 'waybill' : 'unknown';
}

/** Why an order found by its slip cannot take a waybill now; null when it is waiting to ship. */
export function orderStatusProblem(status: OrderStatus): WaybillProblem | null {
  switch (status) {
    case 'allocated':
      return null;
    case 'on_hold':
      return 'order_on_hold';
    case 'cancelled':
      return 'order_cancelled';
    case 'shipped':
    case 'delivered':
    case 'completed':
      return 'order_shipped';
    default:
      return 'order_not_allocated';
  }
}
