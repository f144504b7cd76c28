// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded levels known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import type { Scope } from '@/domain/access';
import { generateSeed } from '../seed';
import { USERS } from '../seed/reference';
import { alertSummary } from './alert-query';
import { MockDb } from './database';
import { adjustOnHand, setThresholds } from './stock-commands';
import { listStock } from './stock-query';
import { stockKey } from './stock-key';
import type { AlertRow, Overlay } from './types';

const NOW = Date.parse('2026-11-22T06:00:00Z');
const data = generateSeed({ seed: 7, orders: 1_500, now: NOW });
const manager = USERS.find((u) => u.username === 'manager.east')!;
const admin: Scope = { role: 'admin', storeIds: [], locationIds: [], regions: [] };

const byId = (rows: Iterable<AlertRow>) => new Map([...rows].map((row) => [row.id, row]));

describe('inventory persistence', () => {
  it('thresholds, adjustments, alerts and their history survive a reload and go with a reset', () => {
    const db = new MockDb(data);
    db.clock = () => NOW + 60_000;
    const acting = { user: manager, at: NOW + 60_000 };
    const [first, second] = data.stock.filter((l) => l.locationId === 'loc-st-hz01');
    setThresholds(db, acting, first!, { reorderPoint: first!.available + 3 });
    adjustOnHand(db, acting, db.stockLevel(second!.productId, 'loc-st-hz01')!, {
      version: db.stockLevel(second!.productId, 'loc-st-hz01')!.version,
      reason: 'return_to_stock',
      quantity: 2,
      note: '退货入库',
    });
    const live = db.alerts.liveFor(first!.productId, 'loc-st-hz01')!;
    db.updateAlert({ ...live, state: 'acknowledged', version: live.version + 1 });

    const overlay = JSON.parse(JSON.stringify(db.exportOverlay())) as Overlay;
    const reloaded = new MockDb(data);
    reloaded.applyOverlay(overlay);
    for (const level of [first!, second!])
      expect(reloaded.stockLevel(level.productId, level.locationId)).toEqual(
        db.stockLevel(level.productId, level.locationId),
      );
    expect(byId(reloaded.alerts.all())).toEqual(byId(db.alerts.all()));
    const key = stockKey(second!.productId, 'loc-st-hz01');
    expect(reloaded.stockChanges.of(key)).toEqual(db.stockChanges.of(key));
    expect(reloaded.stockChanges.of(key)[0]?.note).toBe('退货入库');

    // An alert raised after the reload gets a number no earlier alert has.
    reloaded.changeStock(second!.productId, 'loc-st-hz01', (l) => ({ onHand: l.reserved }));
    const raised = reloaded.alerts.liveFor(second!.productId, 'loc-st-hz01')!;
    expect(db.alerts.get(raised.id)).toBeUndefined();

    db.load(data);
    expect(byId(db.alerts.all())).toEqual(byId(data.alerts));
    expect(db.stockChanges.of(key)).toEqual([]);
    expect(db.stockLevel(first!.productId, 'loc-st-hz01')).toEqual(first);
  });
});

describe('at benchmark scale: 5,000 SKUs × 15 locations', () => {
  // Seeding takes a few seconds on a slow machine; everything below reads the same tables.
  const started = performance.now();
  const big = generateSeed({ seed: 7, orders: 1_500, now: NOW, skus: 5_000 });
  const seedMs = performance.now() - started;
  const db = new MockDb(big);

  it('seeds 75,000 levels with their alerts in a few seconds', () => {
    expect(big.products).toHaveLength(5_000);
    expect(big.stock).toHaveLength(75_000);
    expect(new Set(big.products.map((p) => p.sku)).size).toBe(5_000);
    expect(seedMs).toBeLessThan(20_000);
    const summary = alertSummary(db, admin, NOW);
    expect(summary.open + summary.acknowledged + summary.snoozed).toBe(big.alerts.length);
    // The catalogue's levels are the same whatever the number of SKUs.
    const catalogueLevel = data.stock.find((l) => l.locationId === 'loc-wh-bj')!;
    expect(db.stockLevel(catalogueLevel.productId, 'loc-wh-bj')).toEqual(catalogueLevel);
  });

  it('answers a filtered, sorted page quickly, sorting only the filtered levels', () => {
    const query = {
      status: ['low', 'out'] as const,
      category: ['休闲零食'],
      sort: '-daysOfCover' as const,
      page: 1,
      pageSize: 50,
    };
    listStock(db, admin, { ...query, sort: 'productName' });
    const timings: number[] = [];
    let result = listStock(db, admin, query);
    for (const sort of ['-daysOfCover', 'sku', '-velocity', 'location'] as const) {
      const start = performance.now();
      result = listStock(db, admin, { ...query, sort });
      timings.push(performance.now() - start);
    }
    const start = performance.now();
    const everything = listStock(db, admin, { sort: '-available', page: 3, pageSize: 50 });
    timings.push(performance.now() - start);
    expect(everything.total).toBe(75_000);
    expect(result.items.every((l) => l.category === '休闲零食' && l.status !== 'ok')).toBe(true);
    // Generous for a loaded test machine; a full comparator sort of 75,000 rows per request
    // would blow through it.
    expect(Math.min(...timings)).toBeLessThan(50);
  });
});
