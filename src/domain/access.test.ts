import { describe, expect, it } from 'vitest';
import {
  areasFor,
  canAdjustStock,
  canAdjustStockAt,
  canEditCarrierRules,
  canEditThresholds,
  canEditThresholdsAt,
  canManageTags,
  canUseArea,
  locationInScope,
  orderInScope,
  regionInScope,
  storeInScope,
  type Scope,
} from './access';
import type { OrderStatus } from './order/status';

const storeStaff: Scope = { role: 'store_staff', storeIds: ['st-1'], locationIds: [], regions: [] };
const warehouse: Scope = {
  role: 'warehouse',
  storeIds: [],
  locationIds: ['wh-1'],
  regions: ['east', 'central'],
};
const manager: Scope = { role: 'manager', storeIds: [], locationIds: [], regions: ['east'] };
const admin: Scope = { role: 'admin', storeIds: [], locationIds: [], regions: [] };

describe('areas per role', () => {
  it.each([
    ['store_staff', ['orders', 'tracking']],
    ['warehouse', ['shipping', 'tracking', 'inventory']],
    ['manager', ['orders', 'tracking', 'inventory', 'analytics', 'settings']],
    ['admin', ['orders', 'tracking', 'shipping', 'inventory', 'analytics', 'settings']],
  ] as const)('%s uses %j', (role, areas) => {
    expect(areasFor(role)).toEqual(areas);
    expect(canUseArea(role, 'analytics')).toBe(areas.includes('analytics' as never));
  });
});

describe('tag list per role', () => {
  it.each([
    ['store_staff', false],
    ['warehouse', false],
    ['manager', true],
    ['admin', true],
  ] as const)('%s manages tags: %s', (role, manages) => {
    expect(canManageTags(role)).toBe(manages);
  });
});

describe('carrier rules per role', () => {
  it.each([
    ['store_staff', false],
    ['warehouse', false],
    ['manager', true],
    ['admin', true],
  ] as const)('%s edits carrier rules: %s', (role, edits) => {
    expect(canEditCarrierRules(role)).toBe(edits);
  });
});

describe('order scope', () => {
  const ownStore = {
    storeId: 'st-1',
    region: 'east',
    locationId: null,
    status: 'pending_review',
  } as const;
  const otherStoreEast = {
    storeId: 'st-2',
    region: 'east',
    locationId: 'wh-1',
    status: 'allocated',
  } as const;
  const otherRegion = {
    storeId: 'st-9',
    region: 'south',
    locationId: 'wh-2',
    status: 'shipped',
  } as const;

  it.each([
    [storeStaff, ownStore, true],
    [storeStaff, otherStoreEast, false],
    [storeStaff, otherRegion, false],
    [warehouse, ownStore, false],
    [warehouse, otherStoreEast, true],
    [warehouse, otherRegion, false],
    [manager, ownStore, true],
    [manager, otherStoreEast, true],
    [manager, otherRegion, false],
    [admin, otherRegion, true],
  ])('%o sees %o: %s', (scope, order, expected) => {
    expect(orderInScope(scope, order)).toBe(expected);
  });

  describe('a warehouse', () => {
    const order = (
      region: 'east' | 'central' | 'south',
      locationId: string | null,
      status: OrderStatus,
    ) => ({ storeId: 'st-1', region, locationId, status });

    it.each([
      [
        'an approved order of a region it serves, not yet allocated',
        order('east', null, 'approved'),
        true,
      ],
      ['the same from another region it serves', order('central', null, 'approved'), true],
      ['an approved order of a region it does not serve', order('south', null, 'approved'), false],
      ['an order of its region still in review', order('east', null, 'pending_review'), false],
      [
        'an order of its region cancelled before allocation',
        order('east', null, 'cancelled'),
        false,
      ],
      ['an order allocated to it, from any region', order('south', 'wh-1', 'allocated'), true],
      ['an order it shipped', order('south', 'wh-1', 'delivered'), true],
      [
        'an order of its region allocated to another warehouse',
        order('east', 'wh-2', 'allocated'),
        false,
      ],
    ])('sees %s: %s', (_, scoped, expected) => {
      expect(orderInScope(warehouse, scoped)).toBe(expected);
    });
  });

  it.each([
    [storeStaff, { id: 'st-1', region: 'east' as const }, true],
    [storeStaff, { id: 'st-2', region: 'east' as const }, false],
    [manager, { id: 'st-2', region: 'east' as const }, true],
    [manager, { id: 'st-3', region: 'north' as const }, false],
    [warehouse, { id: 'st-1', region: 'east' as const }, true],
    [warehouse, { id: 'st-3', region: 'north' as const }, false],
    [admin, { id: 'st-3', region: 'north' as const }, true],
  ])('store scope %#', (scope, store, expected) => {
    expect(storeInScope(scope, store)).toBe(expected);
  });

  it.each([
    [warehouse, { id: 'wh-1', region: 'east' as const }, true],
    [warehouse, { id: 'wh-2', region: 'east' as const }, false],
    [manager, { id: 'wh-2', region: 'east' as const }, true],
    [storeStaff, { id: 'wh-1', region: 'east' as const }, false],
    [admin, { id: 'wh-9', region: 'south' as const }, true],
  ])('location scope %#', (scope, location, expected) => {
    expect(locationInScope(scope, location)).toBe(expected);
  });

  it.each([
    [admin, 'northeast' as const, true],
    [manager, 'east' as const, true],
    [manager, 'south' as const, false],
    // A warehouse serves regions but does not report on them.
    [warehouse, 'east' as const, false],
    [storeStaff, 'east' as const, false],
  ])('region reporting scope %#', (scope, region, expected) => {
    expect(regionInScope(scope, region)).toBe(expected);
  });
});

describe('stock thresholds and adjustments per role', () => {
  it.each([
    ['store_staff', false, false],
    ['warehouse', false, true],
    ['manager', true, true],
    ['admin', true, true],
  ] as const)('%s edits thresholds: %s, adjusts stock: %s', (role, editsThresholds, adjusts) => {
    expect(canEditThresholds(role)).toBe(editsThresholds);
    expect(canAdjustStock(role)).toBe(adjusts);
  });

  const ownWarehouse = { id: 'wh-1', region: 'east' as const };
  const otherEastWarehouse = { id: 'wh-2', region: 'east' as const };
  const northWarehouse = { id: 'wh-9', region: 'north' as const };

  it.each([
    ['warehouse', warehouse, ownWarehouse, false, true],
    ['warehouse', warehouse, otherEastWarehouse, false, false],
    ['manager', manager, otherEastWarehouse, true, true],
    ['manager', manager, northWarehouse, false, false],
    ['admin', admin, northWarehouse, true, true],
    ['store staff', storeStaff, ownWarehouse, false, false],
  ] as const)(
    '%s at %o: edits thresholds %s, adjusts %s',
    (_, scope, location, editsThresholds, adjusts) => {
      expect(canEditThresholdsAt(scope, location)).toBe(editsThresholds);
      expect(canAdjustStockAt(scope, location)).toBe(adjusts);
    },
  );
});
