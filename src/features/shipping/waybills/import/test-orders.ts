import type { OrderSummary } from '@/api/contract/orders';
import { createRestBackend } from '@/api/rest/client';
import type { Carrier } from '@/domain/waybill/carriers';
import { s10CheckDigit } from '@/domain/waybill/carriers';
import { getMockServer } from '@/testing/mock-server';
import { TEST_API_BASE } from '@/testing/render-app';

/** The mock backend as warehouse.sh sees it, for finding orders to ship in a test. */
export function warehouseBackend() {
  const { token } = getMockServer().sessionFor('warehouse.sh');
  return createRestBackend({ baseUrl: TEST_API_BASE, getToken: () => token });
}

const WAREHOUSE_ID = 'loc-wh-sh';

/**
 * Orders waiting at warehouse.sh's warehouse for a waybill. The seed lays orders out around the
 * current time, so how many wait there varies with the hour: when too few do, more approved
 * orders are allocated there, as the warehouse would.
 */
export async function allocatedOrders(count: number): Promise<OrderSummary[]> {
  const backend = warehouseBackend();
  const waiting = () =>
    backend.listOrders({ query: { status: 'allocated', pageSize: Math.max(count, 10) } });
  let page = await waiting();
  if (page.items.length < count) {
    const candidates = await backend.listAllocationCandidates({
      query: { state: 'suggested', pageSize: 100 },
    });
    const fulfilledHere = candidates.items.filter((candidate) =>
      candidate.options.some((option) => option.locationId === WAREHOUSE_ID && option.canFulfil),
    );
    for (const candidate of fulfilledHere.slice(0, count - page.items.length)) {
      await backend.allocateOrder({
        params: { id: candidate.order.id },
        body: {
          version: candidate.order.version,
          locationId: WAREHOUSE_ID,
          carrier: candidate.suggestion?.carrier ?? candidate.ruleCarrier,
        },
      });
    }
    page = await waiting();
  }
  if (page.items.length < count) throw new Error(`only ${page.items.length} allocated orders`);
  return page.items.slice(0, count);
}

/** A number that fits the carrier's format and that the seed never hands out (it starts with 9s). */
export function freshWaybill(carrier: Carrier | null, serial: number): string {
  const tail = String(serial).padStart(8, '0');
  switch (carrier) {
    case 'JD':
      return `JDX9999${tail}`;
    case 'ZTO':
      return `789999${tail}`;
    case 'YTO':
      return `YT99999${tail}`;
    case 'STO':
      return `779999${tail}`;
    case 'YUNDA':
      return `3999999${tail}`;
    case 'EMS':
      return `EA${tail}${s10CheckDigit(tail)}CN`;
    case 'JT':
      return `JT99999${tail}`;
    case 'DEPPON':
      return `DPK9999${tail}`;
    default:
      return `SF99999${tail}`;
  }
}

/** An EMS (UPU S10) number whose check digit is one off. */
export function emsWithWrongDigit(serial: string): string {
  return `EA${serial}${(s10CheckDigit(serial) + 1) % 10}CN`;
}
