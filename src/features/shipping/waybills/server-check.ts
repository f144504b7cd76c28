import type { Backend } from '@/api/backend';
import {
  WAYBILL_CHUNK_LIMIT,
  type WaybillItem,
  type WaybillRowResult,
} from '@/api/contract/fulfilment';

/**
 * What only the backend knows about the rows: numbers already used, and whether each order is still
 * waiting to ship from my location. Saves nothing. Results come back in the order of the items,
 * with `row` counted over all of them.
 */
export async function checkOnServer(
  backend: Backend,
  items: readonly WaybillItem[],
  signal?: AbortSignal,
): Promise<WaybillRowResult[]> {
  const results: WaybillRowResult[] = [];
  for (let start = 0; start < items.length; start += WAYBILL_CHUNK_LIMIT) {
    const chunk = items.slice(start, start + WAYBILL_CHUNK_LIMIT);
    const answer = await backend.checkWaybills({ body: { items: chunk } }, { signal });
    const ordered = [...answer.results].sort((a, b) => a.row - b.row);
    for (const result of ordered) results.push({ ...result, row: start + result.row });
  }
  return results;
}
