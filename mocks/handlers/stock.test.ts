// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded levels known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { ReplenishmentLine, StockChange, type StockLevel } from '@/api/contract';
import { suggestedQuantity } from '@/domain/inventory/cover';
import { transferableQuantity } from '@/domain/inventory/transfer';
import { levelOf, setLevel, stockPage } from './inventory-fixtures';
import { problemOf, send } from './order-fixtures';
import { authed, useMockServer } from './test-server';

const mock = useMockServer();
const { db } = mock;

const asAdmin = authed(mock, 'admin');
const asManager = authed(mock, 'manager.east');
const asWarehouse = authed(mock, 'warehouse.sh');
const asStore = authed(mock, 'store.sh');

const EAST = ['loc-wh-sh', 'loc-st-hz01', 'loc-st-sh01', 'loc-st-nj01', 'loc-st-sz01'];
const product = () => db.products[0]!;
const thresholds = (locationId: string, body: object) =>
  send(asManager, `/stock/${locationId}/${product().id}/thresholds`, body, 'PUT');

describe('the stock list', () => {
  it('shows each caller only the locations in their scope', async () => {
    const locationsOf = async (call: typeof asAdmin) => {
      const ends = await Promise.all(
        ['location', '-location'].map((sort) => stockPage(call, `pageSize=1000&sort=${sort}`)),
      );
      return new Set(ends.flatMap((page) => page.items.map((l) => l.locationId)));
    };
    expect([...(await locationsOf(asWarehouse))]).toEqual(['loc-wh-sh']);
    expect([...(await locationsOf(asManager))].sort()).toEqual([...EAST].sort());
    expect((await stockPage(asManager, 'pageSize=1')).total).toBe(db.products.length * 5);
    expect((await stockPage(asAdmin, 'pageSize=1')).total).toBe(db.products.length * 15);
    expect((await stockPage(asStore, '')).total).toBe(0);
  });

  it('filters by location, category, status and SKU or name', async () => {
    const { items, total } = await stockPage(
      asAdmin,
      'locationId=loc-wh-gz,loc-st-xa01&category=休闲零食&status=low,out&pageSize=1000',
    );
    const expected = db.stock.filter(
      (l) =>
        ['loc-wh-gz', 'loc-st-xa01'].includes(l.locationId) &&
        l.category === '休闲零食' &&
        (l.status === 'low' || l.status === 'out'),
    );
    expect(total).toBe(expected.length);
    expect(items.map((l) => `${l.sku}@${l.locationId}`).sort()).toEqual(
      expected.map((l) => `${l.sku}@${l.locationId}`).sort(),
    );
    const sku = product().sku;
    const bySku = await stockPage(asAdmin, `q=${sku.toLowerCase()}`);
    expect(bySku.items.every((l) => l.sku === sku)).toBe(true);
    expect(bySku.total).toBe(15);
    const word = product().name.split(' ')[1]!;
    const byName = await stockPage(asManager, `q=${encodeURIComponent(word)}&pageSize=1000`);
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.items.every((l) => l.productName.includes(word))).toBe(true);
  });

  it('sorts by any key, ties by SKU then location, days of cover without sales last', async () => {
    const all = (await stockPage(asManager, 'pageSize=1000&sort=-available')).items;
    const key = (l: StockLevel) => [-l.available, l.sku, l.locationId] as const;
    for (let i = 1; i < all.length; i += 1) {
      const [a, b] = [key(all[i - 1]!), key(all[i]!)];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]), `${i}`).toBe(true);
    }
    for (const sort of ['daysOfCover', '-daysOfCover']) {
      const { items } = await stockPage(asAdmin, `locationId=loc-wh-sh&pageSize=1000&sort=${sort}`);
      const covers = items.map((l) => l.daysOfCover);
      const firstNull = covers.indexOf(null);
      expect(firstNull).toBeGreaterThan(0);
      expect(covers.slice(firstNull).every((c) => c === null)).toBe(true);
      const known = covers.slice(0, firstNull) as number[];
      const ordered = [...known].sort((a, b) => (sort === 'daysOfCover' ? a - b : b - a));
      expect(known).toEqual(ordered);
    }
    const page2 = await stockPage(asManager, 'pageSize=7&page=2&sort=-available');
    expect(page2.items).toEqual(all.slice(7, 14));
  });
});

describe('thresholds', () => {
  it('a manager sets them in the region; the level, its status and the history follow', async () => {
    const before = db.stockLevel(product().id, 'loc-wh-sh')!;
    const response = await thresholds('loc-wh-sh', {
      version: before.version,
      reorderPoint: before.available + 1,
      targetCoverDays: 45,
    });
    const after = await levelOf(response);
    expect(after).toMatchObject({
      reorderPoint: before.available + 1,
      targetCoverDays: 45,
      status: 'low',
      version: before.version + 1,
    });
    const history = await asAdmin(`/stock/loc-wh-sh/${product().id}/changes`);
    const [entry] = ((await history.json()) as { items: unknown[] }).items.map((c) =>
      StockChange.parse(c),
    );
    expect(entry).toMatchObject({
      kind: 'thresholds',
      actor: { name: '王芳' },
      category: null,
      changes: [
        { field: 'reorderPoint', from: before.reorderPoint, to: before.available + 1 },
        { field: 'targetCoverDays', from: before.targetCoverDays, to: 45 },
      ],
    });
    expect(db.audit[0]).toMatchObject({ entity: 'stock', action: 'stock.thresholds_changed' });
    expect(db.alerts.liveFor(product().id, 'loc-wh-sh')?.level).toBe('low');
  });

  it('refuses a warehouse operator, a manager outside the region and a stale version', async () => {
    const level = db.stockLevel(product().id, 'loc-wh-sh')!;
    const body = { version: level.version, reorderPoint: 9, targetCoverDays: 20 };
    const byWarehouse = await send(
      asWarehouse,
      `/stock/loc-wh-sh/${product().id}/thresholds`,
      body,
      'PUT',
    );
    expect((await problemOf(byWarehouse, 403)).code).toBe('forbidden');
    const south = db.stockLevel(product().id, 'loc-wh-gz')!;
    const outside = await thresholds('loc-wh-gz', { ...body, version: south.version });
    expect((await problemOf(outside, 403)).code).toBe('out_of_scope');
    const stale = await thresholds('loc-wh-sh', { ...body, version: level.version - 1 });
    const problem = await problemOf(stale, 409);
    expect(problem.code).toBe('version_conflict');
    expect(problem.current?.version).toBe(level.version);
  });

  it('sets a whole category at several locations, counting and recording each changed level', async () => {
    const category = product().category;
    const locationIds = ['loc-wh-sh', 'loc-st-nj01'];
    const inCategory = db.stock.filter(
      (l) => l.category === category && locationIds.includes(l.locationId),
    );
    const changing = inCategory.filter((l) => l.reorderPoint !== 25);
    const response = await send(asManager, '/stock/thresholds', {
      category,
      locationIds,
      reorderPoint: 25,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await response.json()).toEqual({ updated: changing.length });
    for (const before of inCategory) {
      const after = db.stockLevel(before.productId, before.locationId)!;
      expect(after.reorderPoint).toBe(25);
      expect(after.targetCoverDays).toBe(before.targetCoverDays);
    }
    const changed = changing[0]!;
    const history = await asManager(`/stock/${changed.locationId}/${changed.productId}/changes`);
    const { items } = (await history.json()) as { items: StockChange[] };
    expect(items[0]).toMatchObject({
      category,
      changes: [{ field: 'reorderPoint', from: changed.reorderPoint, to: 25 }],
    });
    const stock = await stockPage(
      asManager,
      `category=${category}&locationId=loc-st-nj01&status=low`,
    );
    expect(stock.items.every((l) => l.available < 25)).toBe(true);
  });

  it('refuses a category change outside the scope, by a warehouse operator or without a field', async () => {
    const body = { category: product().category, locationIds: ['loc-wh-sh'], reorderPoint: 3 };
    const south = await send(asManager, '/stock/thresholds', {
      ...body,
      locationIds: ['loc-wh-sh', 'loc-wh-gz'],
    });
    expect((await problemOf(south, 403)).code).toBe('out_of_scope');
    expect(db.stockLevel(product().id, 'loc-wh-sh')!.reorderPoint).not.toBe(3);
    const byWarehouse = await send(asWarehouse, '/stock/thresholds', body);
    expect((await problemOf(byWarehouse, 403)).code).toBe('forbidden');
    const empty = await send(asManager, '/stock/thresholds', { ...body, reorderPoint: undefined });
    expect((await problemOf(empty, 422)).errors?.map((e) => e.field)).toContain('reorderPoint');
  });
});

describe('adjustments', () => {
  it('refuses on hand below what is reserved with 409 below_reserved naming the figures', async () => {
    db.adjustReserved(product().id, 'loc-wh-sh', 5);
    const level = db.stockLevel(product().id, 'loc-wh-sh')!;
    const quantity = level.available + 1;
    const response = await send(asWarehouse, `/stock/loc-wh-sh/${product().id}/adjustments`, {
      version: level.version,
      reason: 'damage',
      quantity,
    });
    const problem = await problemOf(response, 409);
    expect(problem.code).toBe('below_reserved');
    expect(problem.detail).toContain(`on hand ${level.onHand}`);
    expect(problem.detail).toContain(`reserved ${level.reserved}`);
    expect(problem.detail).toContain(`would become ${level.onHand - quantity}`);
  });

  it('records a count with its reason and note; nothing to change is a 422 on quantity', async () => {
    const level = db.stockLevel(product().id, 'loc-wh-sh')!;
    const path = `/stock/loc-wh-sh/${product().id}/adjustments`;
    const same = await send(asWarehouse, path, {
      version: level.version,
      reason: 'cycle_count',
      quantity: level.onHand,
    });
    expect((await problemOf(same, 422)).errors?.[0]).toMatchObject({
      field: 'quantity',
      code: 'no_change',
    });
    const counted = await levelOf(
      await send(asWarehouse, path, {
        version: level.version,
        reason: 'cycle_count',
        quantity: level.onHand + 4,
        note: '盘点',
      }),
    );
    expect(counted).toMatchObject({ onHand: level.onHand + 4, available: level.available + 4 });
    const { items } = (await (
      await asWarehouse(`/stock/loc-wh-sh/${product().id}/changes`)
    ).json()) as {
      items: StockChange[];
    };
    expect(items[0]).toMatchObject({
      kind: 'adjustment',
      reason: 'cycle_count',
      note: '盘点',
      actor: { name: '李强' },
      changes: [{ field: 'onHand', from: level.onHand, to: level.onHand + 4 }],
    });
    const elsewhere = db.stockLevel(product().id, 'loc-st-hz01')!;
    const outside = await send(asWarehouse, `/stock/loc-st-hz01/${product().id}/adjustments`, {
      version: elsewhere.version,
      reason: 'damage',
      quantity: 1,
    });
    expect((await problemOf(outside, 403)).code).toBe('out_of_scope');
  });
});

describe('replenishment', () => {
  it('lists a low level with the domain’s quantity and a transfer from an overstocked location', async () => {
    const { id, sku } = product();
    const low = setLevel(db, id, 'loc-st-hz01', { available: 1, reorderPoint: 10 });
    const donor = setLevel(db, id, 'loc-wh-sh', { available: 5_000 });
    const response = await asManager(`/replenishment?locationId=loc-st-hz01&q=${sku}`);
    expect(response.status, await response.clone().text()).toBe(200);
    const { items } = (await response.json()) as { items: unknown[] };
    const line = ReplenishmentLine.parse(items[0]);
    const need = suggestedQuantity(low);
    expect(line).toMatchObject({
      productId: id,
      locationId: 'loc-st-hz01',
      suggestedQuantity: need,
    });
    const transferable = transferableQuantity({ ...donor, region: 'east' });
    expect(line.transfer).toEqual({
      fromLocationId: 'loc-wh-sh',
      fromLocationName: '上海青浦仓',
      quantity: Math.min(need, transferable),
      fromAvailable: 5_000,
      fromDaysOfCover: donor.daysOfCover,
    });
  });

  it('puts the least cover first and leaves out what needs nothing', async () => {
    const response = await asAdmin('/replenishment?pageSize=1000');
    const { items, total } = (await response.json()) as {
      items: ReplenishmentLine[];
      total: number;
    };
    expect(total).toBeGreaterThan(0);
    const cover = items.map((l) => l.daysOfCover ?? Infinity);
    expect(cover).toEqual([...cover].sort((a, b) => a - b));
    for (const line of items) {
      expect(line.available).toBeLessThan(line.reorderPoint);
      expect(line.suggestedQuantity).toBeGreaterThan(0);
    }
  });
});
