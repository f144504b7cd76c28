import type { AlertSummary, StockAlert } from '@/api/contract';
import type { Scope } from '@/domain/access';
import type { AlertLevel, AlertState } from '@/domain/inventory/vocabulary';
import { alertStateAt } from './alert-book';
import type { MockDb } from './database';
import { visibleLocationIds } from './stock-query';
import { iso } from './time';
import type { AlertRow } from './types';

/** Every state but cleared: what the alert list shows unless asked otherwise. */
const LIVE_STATES: readonly AlertState[] = ['open', 'acknowledged', 'snoozed'];

/** An alert as the API shows it at `now`, named after its stock level and location. */
export function toStockAlert(db: MockDb, row: AlertRow, now: number): StockAlert {
  const level = db.stockLevel(row.productId, row.locationId);
  const state = alertStateAt(row, now);
  return {
    id: row.id,
    productId: row.productId,
    sku: level?.sku ?? row.productId,
    productName: level?.productName ?? '',
    category: level?.category ?? '',
    locationId: row.locationId,
    locationName: db.locationById.get(row.locationId)?.name ?? row.locationId,
    level: row.level,
    state,
    raisedAt: iso(row.raisedAt),
    levelChangedAt: iso(row.levelChangedAt),
    clearedAt: row.clearedAt === null ? null : iso(row.clearedAt),
    available: row.available,
    reorderPoint: row.reorderPoint,
    acknowledged: row.acknowledged
      ? { by: row.acknowledged.by, at: iso(row.acknowledged.at) }
      : null,
    // A snooze whose date has come is over: the alert reads open, with nothing put aside.
    snoozed:
      state === 'snoozed' && row.snoozed
        ? { by: row.snoozed.by, at: iso(row.snoozed.at), until: nullableIso(row.snoozed.until) }
        : null,
    version: row.version,
  };
}

const nullableIso = (ms: number | null) => (ms === null ? null : iso(ms));

export interface AlertFilter {
  state?: readonly AlertState[];
  level?: readonly AlertLevel[];
  locationId?: readonly string[];
  category?: readonly string[];
  page: number;
  pageSize: number;
}

/** Alerts at the locations in scope, filtered, the latest level change first. */
export function listAlerts(db: MockDb, scope: Scope, query: AlertFilter, now: number) {
  const locations = visibleLocationIds(db, scope, query.locationId);
  const states = new Set(query.state?.length ? query.state : LIVE_STATES);
  const levels = query.level?.length ? new Set(query.level) : null;
  const categories = query.category?.length ? new Set(query.category) : null;
  const rows: AlertRow[] = [];
  for (const row of db.alerts.all()) {
    if (!locations.has(row.locationId)) continue;
    if (levels && !levels.has(row.level)) continue;
    if (!states.has(alertStateAt(row, now))) continue;
    if (categories) {
      const category = db.stockLevel(row.productId, row.locationId)?.category;
      if (category === undefined || !categories.has(category)) continue;
    }
    rows.push(row);
  }
  rows.sort((a, b) => b.levelChangedAt - a.levelChangedAt || alertNumber(b) - alertNumber(a));
  const from = (query.page - 1) * query.pageSize;
  return {
    items: rows.slice(from, from + query.pageSize).map((row) => toStockAlert(db, row, now)),
    total: rows.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const alertNumber = (row: AlertRow) => Number(row.id.slice(row.id.lastIndexOf('-') + 1)) || 0;

/** Live alerts in scope by state; the badge counts the open ones. */
export function alertSummary(db: MockDb, scope: Scope, now: number): AlertSummary {
  const locations = visibleLocationIds(db, scope, undefined);
  const summary: AlertSummary = { open: 0, openOut: 0, acknowledged: 0, snoozed: 0 };
  for (const row of db.alerts.all()) {
    if (!locations.has(row.locationId)) continue;
    const state = alertStateAt(row, now);
    if (state === 'cleared') continue;
    summary[state] += 1;
    if (state === 'open' && row.level === 'out') summary.openOut += 1;
  }
  return summary;
}
