import type { StockAdjustment, StockChange, StockLevel } from '@/api/contract';
import { applyAdjustment } from '@/domain/inventory/adjustment';
import { HttpProblem } from '../handlers/problem';
import type { DemoUser } from '../seed/reference';
import type { MockDb } from './database';
import { stockKey } from './stock-key';
import { iso } from './time';
import type { ActorRow } from './types';

/** Who changes stock, and when. */
export interface StockActing {
  user: DemoUser;
  at: number;
}

const actorOf = (user: DemoUser): ActorRow => ({ id: user.id, name: user.name });

/** 409 version_conflict naming who changed the level last, unless `expected` is its version. */
export function checkStockVersion(db: MockDb, level: StockLevel, expected: number): void {
  if (expected === level.version) return;
  const touch = db.stockIndex.touchOf(level.productId, level.locationId);
  const who = touch ? (touch.by?.name ?? 'the system (orders reserving or shipping it)') : null;
  throw new HttpProblem(
    409,
    'version_conflict',
    `Stock of ${level.sku} at ${level.locationId} was changed${who ? ` by ${who}` : ''} (version ${level.version}, you had ${expected}); reload to see the change`,
    undefined,
    {
      current: {
        version: level.version,
        updatedAt: iso(touch?.at ?? db.seededAt),
        updatedBy: touch?.by ?? null,
      },
    },
  );
}

function record(
  db: MockDb,
  acting: StockActing,
  level: StockLevel,
  change: Pick<StockChange, 'kind' | 'reason' | 'note' | 'category' | 'changes'>,
): void {
  db.recordStockChange(stockKey(level.productId, level.locationId), {
    at: iso(acting.at),
    actor: actorOf(acting.user),
    ...change,
  });
}

/**
 * Sets a level's reorder point and target cover days (a field left out keeps its value) and
 * records the change; `category` when it was set for a whole category. Answers the new level, or
 * null when both already had the asked values (nothing changes, nothing is recorded).
 */
export function setThresholds(
  db: MockDb,
  acting: StockActing,
  level: StockLevel,
  wanted: { reorderPoint?: number; targetCoverDays?: number },
  category: string | null = null,
): StockLevel | null {
  const changes: StockChange['changes'] = [];
  for (const field of ['reorderPoint', 'targetCoverDays'] as const) {
    const to = wanted[field];
    if (to !== undefined && to !== level[field]) changes.push({ field, from: level[field], to });
  }
  if (changes.length === 0) return null;
  const after = db.changeStock(
    level.productId,
    level.locationId,
    () => Object.fromEntries(changes.map((c) => [c.field, c.to])),
    { at: acting.at, by: actorOf(acting.user) },
  );
  record(db, acting, level, { kind: 'thresholds', reason: null, note: null, category, changes });
  return after ?? null;
}

function askedOnHand(level: StockLevel, body: StockAdjustment): number {
  if (body.reason === 'cycle_count') return body.quantity;
  return body.reason === 'damage' ? level.onHand - body.quantity : level.onHand + body.quantity;
}

/**
 * Corrects on hand by the domain's adjustment rules and records it: 409 below_reserved when on
 * hand would end below what is reserved, 422 (on `quantity`) when nothing would change.
 */
export function adjustOnHand(
  db: MockDb,
  acting: StockActing,
  level: StockLevel,
  body: StockAdjustment,
): StockLevel {
  const result = applyAdjustment(level, body);
  if (!result.ok) {
    if (result.error === 'below_reserved')
      throw new HttpProblem(
        409,
        'below_reserved',
        `${level.sku} at ${level.locationId}: on hand ${level.onHand}, reserved ${level.reserved}; on hand would become ${askedOnHand(level, body)}, below what is reserved`,
      );
    const noChange = result.error === 'no_change';
    throw new HttpProblem(
      422,
      'validation',
      noChange ? 'The adjustment changes nothing' : 'The quantity must be at least 1',
      [
        {
          field: 'quantity',
          code: result.error,
          message: noChange
            ? `on hand is already ${level.onHand}`
            : 'damage and returns need a quantity of at least 1',
        },
      ],
    );
  }
  const after = db.changeStock(
    level.productId,
    level.locationId,
    () => ({ onHand: result.onHand }),
    { at: acting.at, by: actorOf(acting.user) },
  );
  record(db, acting, level, {
    kind: 'adjustment',
    reason: body.reason,
    note: body.note ? body.note : null,
    category: null,
    changes: [{ field: 'onHand', from: level.onHand, to: result.onHand }],
  });
  return after ?? level;
}
