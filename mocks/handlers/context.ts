import type { FaultSettings } from '@/api/contract';
import type { Scope } from '@/domain/access';
import type { MockDb } from '../db/database';
import type { DemoUser } from '../seed/reference';

/** What every handler shares: the tables, the fault switch and the clock. */
export interface MockContext {
  db: MockDb;
  /** Read on every request, so changing it takes effect at once. */
  faults: FaultSettings;
  now(): number;
  /** New orders per hour arriving while the mock runs (0: none); read on every request. */
  arrivalsPerHour: number;
  /** Draws for the fault switch; tests may fix it. */
  random(): number;
}

export function scopeOf(user: DemoUser): Scope {
  return {
    role: user.role,
    storeIds: user.storeIds,
    locationIds: user.locationIds,
    regions: user.regions,
  };
}

/** The API base as an MSW pattern: a relative base matches on any origin (browser, vitest, Node server). */
export function basePattern(apiBaseUrl: string): string {
  const trimmed = apiBaseUrl.replace(/\/+$/, '');
  if (/^https?:\/\//.test(trimmed)) return trimmed;
  return `*${trimmed.startsWith('/') ? '' : '/'}${trimmed}`;
}
