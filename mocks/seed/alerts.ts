import type { StockLevel } from '@/api/contract';
import { locationInScope } from '@/domain/access';
import { alertLevelOf } from '@/domain/inventory/stock';
import type { ActorRow, AlertRow } from '../db/types';
import { DAY, HOUR, dayNumber, dayStartMs } from '../db/time';
import { createRng, subSeed } from './prng';
import { LOCATIONS, USERS } from './reference';

const LOCATION_BY_ID = new Map(LOCATIONS.map((l) => [l.id, l]));

/** The person who looks after a location's alerts: its warehouse operator, its manager, or the admin. */
function keeperOf(locationId: string): ActorRow {
  const location = LOCATION_BY_ID.get(locationId);
  const keeper =
    (location &&
      ['warehouse', 'manager']
        .map((role) => USERS.find((u) => u.role === role && locationInScope(u, location)))
        .find((u) => u !== undefined)) ??
    USERS.find((u) => u.role === 'admin');
  return { id: keeper?.id ?? 'u-admin', name: keeper?.name ?? '' };
}

/**
 * An alert for every seeded level that is low or out, raised at some moment of the last five
 * days. Most have been seen by the people who look after their location, as on a desk in daily
 * use: seven in ten acknowledged, one in ten snoozed (half until a date a few days ahead, half
 * until the level changes); the rest are open.
 */
export function seedAlerts(seed: number, stock: readonly StockLevel[], now: number): AlertRow[] {
  const rng = createRng(subSeed(seed, 0xa1e7));
  const keepers = new Map<string, ActorRow>();
  const alerts: AlertRow[] = [];
  for (const level of stock) {
    const alertLevel = alertLevelOf(level);
    if (alertLevel === null) continue;
    const raisedAt = Math.floor(now - HOUR - rng.next() * 5 * DAY);
    const roll = rng.next();
    const seenAt = Math.min(now, raisedAt + Math.floor(rng.next() * 20 * HOUR));
    let keeper = keepers.get(level.locationId);
    if (!keeper) {
      keeper = keeperOf(level.locationId);
      keepers.set(level.locationId, keeper);
    }
    const acknowledged = roll < 0.7;
    const snoozed = !acknowledged && roll < 0.8;
    const untilDate = roll < 0.75;
    const timeZone = LOCATION_BY_ID.get(level.locationId)?.timeZone ?? 'Asia/Shanghai';
    const until = dayStartMs(dayNumber(now, timeZone) + 2 + (Math.floor(roll * 40) % 5), timeZone);
    alerts.push({
      id: `alert-${alerts.length + 1}`,
      productId: level.productId,
      locationId: level.locationId,
      level: alertLevel,
      state: acknowledged ? 'acknowledged' : snoozed ? 'snoozed' : 'open',
      raisedAt,
      levelChangedAt: raisedAt,
      clearedAt: null,
      available: level.available,
      reorderPoint: level.reorderPoint,
      acknowledged: acknowledged ? { by: keeper, at: seenAt } : null,
      snoozed: snoozed ? { by: keeper, at: seenAt, until: untilDate ? until : null } : null,
      version: acknowledged || snoozed ? 2 : 1,
      updatedAt: acknowledged || snoozed ? seenAt : raisedAt,
      updatedBy: acknowledged || snoozed ? keeper : null,
    });
  }
  return alerts;
}
