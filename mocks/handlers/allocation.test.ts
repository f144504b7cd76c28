// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { pickCarrier, suggestAllocation } from '@/domain/allocation';
import {
  candidateLocations,
  destinationOf,
  linesOf,
  shippingStoreLocations,
  weightOf,
} from '../db/allocation';
import {
  allocation,
  approvedOrder,
  available,
  bulkAllocation,
  bulkResultOf,
  candidatesOf,
  setAvailable,
  stockUp,
} from './allocation-fixtures';
import { orderOf, problemOf, send } from './order-fixtures';
import { authed, useMockServer } from './test-server';

const mock = useMockServer();
const { db } = mock;

const asStore = authed(mock, 'store.sh');
const asWarehouse = authed(mock, 'warehouse.sh');
const asAdmin = authed(mock, 'admin');

describe('allocation candidates', () => {
  it('suggests a location and the rules’ carrier for each approved order, oldest paid first', async () => {
    const rows = [approvedOrder(db, 'st-sh01'), approvedOrder(db, 'st-gz01')];
    const { items } = await candidatesOf(asAdmin);
    const paid = items.map((c) => db.order(c.order.id)!.paidAt!);
    expect(paid).toEqual([...paid].sort((a, b) => a - b));
    for (const row of rows) {
      const candidate = items.find((c) => c.order.id === row.id)!;
      const expected = suggestAllocation({
        lines: linesOf(db, row),
        destination: destinationOf(db, row),
        locations: candidateLocations(db),
        shippingStoreLocationIds: shippingStoreLocations(db),
      });
      const carrier = pickCarrier(db.carrierRules.rules, db.carrierRules.fallback, {
        region: destinationOf(db, row).region,
        weightGrams: weightOf(db, row),
      });
      expect(candidate.ruleCarrier).toBe(carrier);
      expect(candidate.suggestion?.locationId ?? null).toBe(expected.best?.locationId ?? null);
      expect(candidate.options.map((o) => o.locationId)).toEqual(
        expected.options.map((o) => o.locationId),
      );
    }
  });

  it('flags an order no location can fulfil, naming the SKU and the most anywhere', async () => {
    const row = approvedOrder(db, 'st-sh01');
    const [line] = linesOf(db, row);
    for (const location of db.locations) setAvailable(db, line!.productId, location.id, 0);
    const { items } = await candidatesOf(asAdmin, '&state=unfulfillable');
    const candidate = items.find((c) => c.order.id === row.id)!;
    expect(candidate.suggestion).toBeNull();
    const sku = db.productAt(db.productIndexById.get(line!.productId)!).sku;
    expect(candidate.shortages).toContainEqual(
      expect.objectContaining({ sku, quantity: line!.quantity, bestAvailable: 0 }),
    );
    expect(candidate.options.every((o) => !o.canFulfil && o.shortSkus.includes(sku))).toBe(true);
    const suggested = await candidatesOf(asAdmin, '&state=suggested');
    expect(suggested.items.some((c) => c.order.id === row.id)).toBe(false);
  });

  it('filters by store and order number', async () => {
    const row = approvedOrder(db, 'st-wh01');
    const byStore = await candidatesOf(asAdmin, '&storeId=st-wh01');
    expect(byStore.items.map((c) => c.order.storeId)).toEqual(byStore.items.map(() => 'st-wh01'));
    const byNumber = await candidatesOf(asAdmin, `&q=${row.number.slice(-7).toLowerCase()}`);
    expect(byNumber.items.map((c) => c.order.id)).toContain(row.id);
  });
});

describe('allocating one order', () => {
  it('reserves every line at the chosen location, even over the suggestion', async () => {
    const row = approvedOrder(db, 'st-sh01');
    stockUp(db, row, 'loc-wh-bj');
    const before = linesOf(db, row).map((l) => available(db, l.productId, 'loc-wh-bj'));
    const order = await orderOf(
      await allocation(asWarehouse, row, { locationId: 'loc-wh-bj', carrier: 'DEPPON' }),
    );
    expect(order.status).toBe('allocated');
    expect(order.allocation).toMatchObject({ locationName: '北京顺义仓', carrier: 'DEPPON' });
    expect(order.version).toBe(row.version + 1);
    expect(order.timeline.at(-1)).toMatchObject({
      kind: 'allocated',
      data: { location: '北京顺义仓', carrier: 'DEPPON' },
      actor: { name: '李强' },
    });
    expect(db.audit[0]).toMatchObject({ action: 'order.allocated', entityId: row.id });
    linesOf(db, row).forEach((line, i) =>
      expect(available(db, line.productId, 'loc-wh-bj')).toBe(before[i]! - line.quantity),
    );
    expect(db.exportOverlay().orders[row.id]?.locationId).toBe('loc-wh-bj');
  });

  it('answers 409 insufficient_stock naming the SKU and location, and reserves nothing', async () => {
    const row = approvedOrder(db, 'st-sh01');
    stockUp(db, row, 'loc-wh-sh');
    const lines = linesOf(db, row);
    const short = lines.at(-1)!;
    setAvailable(db, short.productId, 'loc-wh-sh', short.quantity - 1);
    const before = lines.map((l) => available(db, l.productId, 'loc-wh-sh'));
    const problem = await problemOf(
      await allocation(asWarehouse, row, { locationId: 'loc-wh-sh', carrier: 'ZTO' }),
      409,
    );
    const product = db.productAt(db.productIndexById.get(short.productId)!);
    expect(problem.code).toBe('insufficient_stock');
    expect(problem.shortage).toEqual({
      productId: short.productId,
      sku: product.sku,
      productName: product.name,
      locationId: 'loc-wh-sh',
      locationName: '上海青浦仓',
      requested: short.quantity,
      available: short.quantity - 1,
    });
    expect(problem.detail).toContain(product.sku);
    expect(problem.detail).toContain('上海青浦仓');
    expect(lines.map((l) => available(db, l.productId, 'loc-wh-sh'))).toEqual(before);
    expect(db.order(row.id)!.status).toBe('approved');
  });

  it('lets exactly one of two allocations racing for the last units succeed', async () => {
    const first = approvedOrder(db, 'st-sh01', 0);
    const other = approvedOrder(db, 'st-sh01', 1);
    const second = db.updateOrder(other.id, (d) => void (d.lines = [...first.lines]), {
      at: other.updatedAt,
      by: null,
    });
    stockUp(db, first, 'loc-wh-sh');
    const lines = linesOf(db, first);
    for (const line of lines) setAvailable(db, line.productId, 'loc-wh-sh', line.quantity);
    const choice = { locationId: 'loc-wh-sh', carrier: 'ZTO' };
    const responses = await Promise.all([
      allocation(asWarehouse, first, choice),
      allocation(asWarehouse, second, choice),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    for (const line of lines) expect(available(db, line.productId, 'loc-wh-sh')).toBe(0);
    expect([first, second].map((r) => db.order(r.id)!.status).sort()).toEqual([
      'allocated',
      'approved',
    ]);
  });

  it('refuses a stale version, an order in the wrong state and an unknown location', async () => {
    const row = approvedOrder(db, 'st-sh01');
    const choice = { locationId: 'loc-wh-sh', carrier: 'SF' };
    const stale = await problemOf(await allocation(asAdmin, { ...row, version: 1 }, choice), 409);
    expect(stale.code).toBe('version_conflict');
    expect(stale.current?.version).toBe(row.version);
    const unknown = await problemOf(
      await allocation(asAdmin, row, { ...choice, locationId: 'loc-nowhere' }),
      422,
    );
    expect(unknown.errors?.[0]).toMatchObject({ field: 'locationId', code: 'unknown_location' });
    stockUp(db, row, 'loc-wh-sh');
    const allocated = await orderOf(await allocation(asAdmin, row, choice));
    const again = await problemOf(
      await allocation(asAdmin, { ...row, version: allocated.version }, choice),
      409,
    );
    expect(again.code).toBe('wrong_state');
  });

  it('deallocating returns the order to approved and releases its stock', async () => {
    const row = approvedOrder(db, 'st-wh01');
    stockUp(db, row, 'loc-wh-sh');
    const lines = linesOf(db, row);
    const before = lines.map((l) => available(db, l.productId, 'loc-wh-sh'));
    const allocated = await orderOf(
      await allocation(asWarehouse, row, { locationId: 'loc-wh-sh', carrier: 'YTO' }),
    );
    const order = await orderOf(
      await send(asWarehouse, `/orders/${row.id}/deallocation`, { version: allocated.version }),
    );
    expect(order.status).toBe('approved');
    expect(order.allocation).toBeNull();
    expect(order.timeline.at(-1)).toMatchObject({
      kind: 'deallocated',
      data: { location: '上海青浦仓' },
    });
    expect(lines.map((l) => available(db, l.productId, 'loc-wh-sh'))).toEqual(before);
    expect(db.audit[0]).toMatchObject({ action: 'order.deallocated', entityId: row.id });
    const twice = await send(asWarehouse, `/orders/${row.id}/deallocation`, {
      version: order.version,
    });
    expect((await problemOf(twice, 409)).code).toBe('wrong_state');
  });
});

describe('allocating many orders', () => {
  it('answers per order, and a replay with the same key changes nothing more', async () => {
    const [good, stale, southern, short] = [
      approvedOrder(db, 'st-sh01', 0),
      approvedOrder(db, 'st-sh01', 1),
      approvedOrder(db, 'st-gz01', 0),
      approvedOrder(db, 'st-wh01', 0),
    ];
    for (const row of [good, stale, short]) stockUp(db, row, 'loc-wh-sh');
    const shortLine = linesOf(db, short)[0]!;
    setAvailable(db, shortLine.productId, 'loc-wh-sh', shortLine.quantity - 1);
    const item = (row: typeof good, version = row.version) => ({
      orderId: row.id,
      version,
      locationId: 'loc-wh-sh',
      carrier: 'ZTO',
    });
    const items = [item(good), item(stale, stale.version - 1), item(southern), item(short)];
    const result = await bulkResultOf(await bulkAllocation(asWarehouse, items, 'key-1'));
    expect(result).toMatchObject({ succeeded: 1, failed: 3 });
    expect(result.results.map((r) => [r.number, r.ok, r.code])).toEqual([
      [good.number, true, undefined],
      [stale.number, false, 'version_conflict'],
      [southern.number, false, 'out_of_scope'],
      [short.number, false, 'insufficient_stock'],
    ]);
    const sku = db.productAt(db.productIndexById.get(shortLine.productId)!).sku;
    expect(result.results[3]!.message).toContain(sku);
    expect(result.results[3]!.message).toContain('上海青浦仓');
    expect(result.results[3]!.shortage).toMatchObject({
      sku,
      locationName: '上海青浦仓',
      requested: shortLine.quantity,
      available: shortLine.quantity - 1,
    });

    const version = db.order(good.id)!.version;
    const stock = linesOf(db, good).map((l) => available(db, l.productId, 'loc-wh-sh'));
    const replay = await bulkResultOf(await bulkAllocation(asWarehouse, items, 'key-1'));
    expect(replay).toEqual(result);
    expect(db.order(good.id)!.version).toBe(version);
    expect(linesOf(db, good).map((l) => available(db, l.productId, 'loc-wh-sh'))).toEqual(stock);

    const reused = await bulkAllocation(asWarehouse, [item(stale)], 'key-1');
    expect((await problemOf(reused, 422)).errors?.[0]?.field).toBe('Idempotency-Key');
  });
});

describe('a warehouse’s scope', () => {
  it('sees the approved orders of the regions it serves, not others’', async () => {
    const east = approvedOrder(db, 'st-sh01');
    const central = approvedOrder(db, 'st-wh01');
    const south = approvedOrder(db, 'st-gz01');
    const { items } = await candidatesOf(asWarehouse);
    const ids = items.map((c) => c.order.id);
    expect(ids).toEqual(expect.arrayContaining([east.id, central.id]));
    expect(ids).not.toContain(south.id);
    expect(new Set(items.map((c) => c.order.region))).toEqual(new Set(['east', 'central']));
    expect((await asWarehouse(`/orders/${east.id}`)).status).toBe(200);
    expect((await problemOf(await asWarehouse(`/orders/${south.id}`), 403)).code).toBe(
      'out_of_scope',
    );
    const list = await asWarehouse('/orders?status=approved&pageSize=500');
    const regions = ((await list.json()) as { items: { region: string }[] }).items.map(
      (o) => o.region,
    );
    expect(regions.every((r) => r === 'east' || r === 'central')).toBe(true);
  });

  it('may allocate to another warehouse, after which the order is that warehouse’s', async () => {
    const row = approvedOrder(db, 'st-sh01');
    stockUp(db, row, 'loc-wh-gz');
    await orderOf(await allocation(asWarehouse, row, { locationId: 'loc-wh-gz', carrier: 'JT' }));
    expect((await asWarehouse(`/orders/${row.id}`)).status).toBe(403);
    expect((await asAdmin(`/orders/${row.id}`)).status).toBe(200);
  });

  it('lists the orders of a location when asked for its locationId', async () => {
    const response = await asAdmin('/orders?locationId=loc-wh-gz&pageSize=1000');
    const { items, total } = (await response.json()) as { items: { id: string }[]; total: number };
    expect(total).toBe(db.byLocation.get('loc-wh-gz')!.length);
    expect(items.every((o) => db.order(o.id)!.locationId === 'loc-wh-gz')).toBe(true);
    const mine = await asWarehouse('/orders?locationId=loc-wh-gz');
    expect(((await mine.json()) as { total: number }).total).toBe(0);
  });

  it('store staff see candidates of their own store only', async () => {
    approvedOrder(db, 'st-gz01');
    const { items } = await candidatesOf(asStore);
    expect(items.every((c) => c.order.storeId === 'st-sh01')).toBe(true);
  });
});
