import type { OrderStatus } from './order/status';
import type { Region } from './region';

export const ROLES = ['store_staff', 'warehouse', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a signed-in user may see: the stores, locations or regions their role is bound to. A
 * warehouse user's regions are the ones their warehouse serves.
 */
export interface Scope {
  role: Role;
  storeIds: readonly string[];
  locationIds: readonly string[];
  regions: readonly Region[];
}

export const AREAS = [
  'orders',
  'tracking',
  'shipping',
  'inventory',
  'analytics',
  'settings',
] as const;
export type Area = (typeof AREAS)[number];

const AREAS_BY_ROLE: Record<Role, readonly Area[]> = {
  store_staff: ['orders', 'tracking'],
  warehouse: ['shipping', 'tracking', 'inventory'],
  manager: ['orders', 'tracking', 'inventory', 'analytics', 'settings'],
  admin: ['orders', 'tracking', 'shipping', 'inventory', 'analytics', 'settings'],
};

export function areasFor(role: Role): readonly Area[] {
  return AREAS_BY_ROLE[role];
}

export function canUseArea(role: Role, area: Area): boolean {
  return AREAS_BY_ROLE[role].includes(area);
}

/** Tags are shared by every store, so only these roles maintain the list; everyone applies them. */
const TAG_MANAGERS: readonly Role[] = ['manager', 'admin'];

export function canManageTags(role: Role): boolean {
  return TAG_MANAGERS.includes(role);
}

/** Customer messages speak for the whole chain, so only admins change their wording. */
export function canEditNotificationTemplates(role: Role): boolean {
  return role === 'admin';
}

/** Carrier rules are shared by the whole chain, so only these roles change them; everyone reads them. */
const CARRIER_RULE_EDITORS: readonly Role[] = ['manager', 'admin'];

export function canEditCarrierRules(role: Role): boolean {
  return CARRIER_RULE_EDITORS.includes(role);
}

/** The fields of an order that decide who may see it. */
export interface ScopedOrder {
  storeId: string;
  /** The store's region. */
  region: Region;
  /** Where it is allocated to or was shipped from. */
  locationId: string | null;
  status: OrderStatus;
}

export function orderInScope(scope: Scope, order: ScopedOrder): boolean {
  switch (scope.role) {
    case 'admin':
      return true;
    case 'manager':
      return scope.regions.includes(order.region);
    case 'store_staff':
      return scope.storeIds.includes(order.storeId);
    case 'warehouse':
      // Their own parcels, and the approved orders of the regions they serve, waiting to be allocated.
      return order.locationId === null
        ? order.status === 'approved' && scope.regions.includes(order.region)
        : scope.locationIds.includes(order.locationId);
  }
}

export function storeInScope(scope: Scope, store: { id: string; region: Region }): boolean {
  switch (scope.role) {
    case 'admin':
      return true;
    case 'manager':
      return scope.regions.includes(store.region);
    case 'store_staff':
      return scope.storeIds.includes(store.id);
    case 'warehouse':
      // The stores whose orders it allocates, so it can filter them by store.
      return scope.regions.includes(store.region);
  }
}

/**
 * Whether a whole region is the user's to report on, so a region without any sales still shows
 * (as zero) in their region figures.
 */
export function regionInScope(scope: Scope, region: Region): boolean {
  switch (scope.role) {
    case 'admin':
      return true;
    case 'manager':
      return scope.regions.includes(region);
    case 'warehouse':
    case 'store_staff':
      return false;
  }
}

export function locationInScope(scope: Scope, location: { id: string; region: Region }): boolean {
  switch (scope.role) {
    case 'admin':
      return true;
    case 'manager':
      return scope.regions.includes(location.region);
    case 'warehouse':
      return scope.locationIds.includes(location.id);
    case 'store_staff':
      return false;
  }
}

/** Reorder points and target cover are planning decisions: managers set them in their regions, admins anywhere. */
const THRESHOLD_EDITORS: readonly Role[] = ['manager', 'admin'];

export function canEditThresholds(role: Role): boolean {
  return THRESHOLD_EDITORS.includes(role);
}

/** Whoever counts the shelves corrects on hand: warehouse staff at their own locations, and their managers. */
const STOCK_ADJUSTERS: readonly Role[] = ['warehouse', 'manager', 'admin'];

export function canAdjustStock(role: Role): boolean {
  return STOCK_ADJUSTERS.includes(role);
}

/** May edit the thresholds of stock held at this location. */
export function canEditThresholdsAt(
  scope: Scope,
  location: { id: string; region: Region },
): boolean {
  return canEditThresholds(scope.role) && locationInScope(scope, location);
}

/** May correct on hand at this location. */
export function canAdjustStockAt(scope: Scope, location: { id: string; region: Region }): boolean {
  return canAdjustStock(scope.role) && locationInScope(scope, location);
}
