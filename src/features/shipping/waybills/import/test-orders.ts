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

export async function allocatedOrders(count: number): Promise<OrderSummary[]> {
  const page = await warehouseBackend().listOrders({
    query: { status: 'allocated', pageSize: Math.max(count, 10) },
  });
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
