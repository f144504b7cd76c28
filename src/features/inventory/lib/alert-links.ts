import type { StockAlert } from '@/api/contract/inventory';
import { paths } from '@/lib/paths';

/** The stock list narrowed to an alert's SKU at its location. */
export function stockRowPath(alert: Pick<StockAlert, 'sku' | 'locationId'>): string {
  const params = new URLSearchParams({ q: alert.sku, locationId: alert.locationId });
  return `${paths.inventory}?${params.toString()}`;
}
