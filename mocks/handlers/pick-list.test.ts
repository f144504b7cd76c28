// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { PickList } from '@/api/contract';
import { linesOf } from '../db/allocation';
import type { OrderRow } from '../db/types';
import { allocation, approvedOrder, stockUp } from './allocation-fixtures';
import { orderOf, problemOf } from './order-fixtures';
import { authed, useMockServer } from './test-server';

const mock = useMockServer();
const { db } = mock;

const asWarehouse = authed(mock, 'warehouse.sh');
const asAdmin = authed(mock, 'admin');

/** Approved orders of the store allocated to a location, the second sharing the first's lines. */
async function allocated(locationId: string, carriers: string[]): Promise<OrderRow[]> {
  const rows: OrderRow[] = [];
  for (const [i, carrier] of carriers.entries()) {
    let row = approvedOrder(db, 'st-sh01', i);
    if (i === 1) {
      const first = rows[0]!;
      row = db.updateOrder(row.id, (d) => void (d.lines = [...first.lines]), {
        at: row.updatedAt,
        by: null,
      });
    }
    stockUp(db, row, locationId);
    await orderOf(await allocation(asAdmin, row, { locationId, carrier }));
    rows.push(db.order(row.id)!);
  }
  return rows;
}

const pickList = async (call: typeof asAdmin, query: string) => {
  const response = await call(`/pick-list?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return PickList.parse(await response.json());
};

describe('pick list', () => {
  it('adds up each SKU over the orders, by category then SKU, with a packing slip each', async () => {
    const rows = await allocated('loc-wh-sh', ['ZTO', 'ZTO', 'SF']);
    const ids = rows.map((r) => r.id);
    const list = await pickList(asWarehouse, `locationId=loc-wh-sh&orderId=${ids.join(',')}`);
    expect(list.location.name).toBe('上海青浦仓');
    expect(list.truncated).toBe(false);
    expect(list.orders.map((o) => o.orderId).sort()).toEqual([...ids].sort());

    const expected = new Map<string, { quantity: number; orders: Set<string> }>();
    for (const row of rows)
      for (const line of linesOf(db, row)) {
        const entry = expected.get(line.productId) ?? { quantity: 0, orders: new Set() };
        entry.quantity += line.quantity;
        entry.orders.add(row.id);
        expected.set(line.productId, entry);
      }
    expect(list.skus).toHaveLength(expected.size);
    for (const sku of list.skus) {
      const entry = expected.get(sku.productId)!;
      expect([sku.quantity, sku.orderCount]).toEqual([entry.quantity, entry.orders.size]);
    }
    const shared = list.skus.find((s) => s.productId === linesOf(db, rows[0]!)[0]!.productId)!;
    expect(shared.orderCount).toBeGreaterThanOrEqual(2);
    const order = list.skus.map((s) => [db.categories.indexOf(s.category), s.sku] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])));

    const slip = list.orders.find((o) => o.orderId === rows[2]!.id)!;
    expect(slip.carrier).toBe('SF');
    expect(slip.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(slip.address).not.toMatch(/\n/);
    expect(slip.lines).toHaveLength(rows[2]!.lines.length / 2);

    const onlySf = await pickList(
      asWarehouse,
      `locationId=loc-wh-sh&orderId=${ids.join(',')}&carrier=SF`,
    );
    expect(onlySf.orders.map((o) => o.orderId)).toEqual([rows[2]!.id]);
  });

  it('without orders named, lists every order allocated to the location', async () => {
    const rows = await allocated('loc-wh-sh', ['YTO']);
    const list = await pickList(asWarehouse, 'locationId=loc-wh-sh');
    const waiting = (db.byLocation.get('loc-wh-sh') ?? []).filter(
      (p) => db.orders[p]!.status === 'allocated',
    );
    expect(list.orders).toHaveLength(Math.min(waiting.length, 500));
    expect(list.orders.map((o) => o.orderId)).toContain(rows[0]!.id);
  });

  it('refuses orders not waiting to ship from the location', async () => {
    const [row] = await allocated('loc-wh-gz', ['JT']);
    const problem = await problemOf(
      await asAdmin(`/pick-list?locationId=loc-wh-sh&orderId=${row!.id}`),
      422,
    );
    expect(problem.errors?.[0]).toMatchObject({ field: 'orderId.0', code: 'not_allocated_here' });
  });

  it('is out of scope for another warehouse, and 404 for an unknown location', async () => {
    expect((await problemOf(await asWarehouse('/pick-list?locationId=loc-wh-gz'), 403)).code).toBe(
      'out_of_scope',
    );
    await problemOf(await asAdmin('/pick-list?locationId=loc-nowhere'), 404);
  });
});
