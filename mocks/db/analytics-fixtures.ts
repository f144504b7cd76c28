import type { Scope } from '@/domain/access';
import { generateSeed } from '../seed';
import type { AnalyticsFilter } from './analytics-cells';
import { MockDb } from './database';

/** The data and the requests the analytics tests check, from every side a client asks. */

export const NOW = Date.parse('2026-11-22T06:00:00Z');
export const ADMIN: Scope = { role: 'admin', storeIds: [], locationIds: [], regions: [] };
export const EAST: Scope = { role: 'manager', storeIds: [], locationIds: [], regions: ['east'] };
export const DIMENSIONS = ['region', 'province', 'store', 'category', 'status', 'carrier'] as const;

export function analyticsDb(): MockDb {
  return new MockDb(generateSeed({ seed: 11, orders: 3_000, now: NOW }));
}

export function analyticsCases(db: MockDb): [string, Scope, AnalyticsFilter][] {
  const category = db.categories[1] as string;
  return [
    ['admin, 30 days', ADMIN, { from: '2026-10-23', to: '2026-11-21' }],
    ['manager of the east, 30 days', EAST, { from: '2026-10-23', to: '2026-11-21' }],
    ['one region', ADMIN, { from: '2026-09-01', to: '2026-11-21', region: ['south'] }],
    ['one store', ADMIN, { from: '2026-09-23', to: '2026-11-21', storeId: ['st-gz01'] }],
    ['a category', EAST, { from: '2026-10-23', to: '2026-11-21', category: [category] }],
    ['one day', ADMIN, { from: '2026-11-11', to: '2026-11-11' }],
    ['60 days', ADMIN, { from: '2026-09-23', to: '2026-11-21' }],
    ['this year, up to today', EAST, { from: '2026-01-01', to: '2026-11-22' }],
    ['a period without orders', ADMIN, { from: '2025-01-01', to: '2025-01-31' }],
    [
      'a region outside the scope',
      EAST,
      { from: '2026-09-01', to: '2026-11-21', region: ['south'] },
    ],
  ];
}
