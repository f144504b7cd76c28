import type { HttpHandler } from 'msw';
import type { Location, StockLevel } from '@/api/contract';
import { canAdjustStock, canEditThresholds, locationInScope } from '@/domain/access';
import {
  adjustOnHand,
  checkStockVersion,
  setThresholds,
  type StockActing,
} from '../db/stock-commands';
import { listReplenishment } from '../db/replenishment';
import { stockKey } from '../db/stock-key';
import { listStock } from '../db/stock-query';
import { iso } from '../db/time';
import type { DemoUser } from '../seed/reference';
import { scopeOf, type MockContext } from './context';
import { HttpProblem, forbidden, notFound, outOfScope } from './problem';
import { route, signedIn } from './route';

/** Stock levels: the list, one level, its thresholds, corrections of on hand and their history. */
export function stockHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  /** A stocked pair at a location in the caller's scope: 404 when not stocked, 403 outside scope. */
  const levelFor = (
    user: DemoUser,
    params: { locationId: string; productId: string },
  ): { level: StockLevel; location: Location } => {
    const location = db.locationById.get(params.locationId);
    const level = db.stockLevel(params.productId, params.locationId);
    if (!location || !level)
      throw notFound(`Stock of product ${params.productId} at ${params.locationId}`);
    if (!locationInScope(scopeOf(user), location))
      throw outOfScope(`${location.name} is outside your scope`);
    return { level, location };
  };
  const audit = (acting: StockActing, action: string, entityId: string, detail: object) =>
    db.recordAudit({
      at: iso(acting.at),
      actor: { id: acting.user.id, name: acting.user.name },
      action: `stock.${action}`,
      entity: 'stock',
      entityId,
      detail: detail as Record<string, string | number | boolean | null>,
    });
  return [
    route('listStock', base, ctx, (input) => listStock(db, scopeOf(signedIn(input)), input.query)),
    route('listReplenishment', base, ctx, (input) =>
      listReplenishment(db, scopeOf(signedIn(input)), input.query),
    ),
    route('getStockLevel', base, ctx, (input) => levelFor(signedIn(input), input.params).level),
    route('listStockChanges', base, ctx, (input) => {
      const { level } = levelFor(signedIn(input), input.params);
      return { items: db.stockChanges.of(stockKey(level.productId, level.locationId)) };
    }),
    route('updateThresholds', base, ctx, (input) => {
      const user = signedIn(input);
      if (!canEditThresholds(user.role))
        throw forbidden('Only managers and admins set reorder points and target cover');
      const { level, location } = levelFor(user, input.params);
      const { version, reorderPoint, targetCoverDays } = input.body;
      checkStockVersion(db, level, version);
      const acting = { user, at: ctx.now() };
      return db.batch(() => {
        const after = setThresholds(db, acting, level, { reorderPoint, targetCoverDays });
        if (!after) return level;
        audit(acting, 'thresholds_changed', `${location.id}/${level.productId}`, {
          sku: level.sku,
          location: location.id,
          reorderPoint: after.reorderPoint,
          targetCoverDays: after.targetCoverDays,
          wasReorderPoint: level.reorderPoint,
          wasTargetCoverDays: level.targetCoverDays,
        });
        return after;
      });
    }),
    route('updateCategoryThresholds', base, ctx, (input) => {
      const user = signedIn(input);
      if (!canEditThresholds(user.role))
        throw forbidden('Only managers and admins set reorder points and target cover');
      const { category, locationIds, reorderPoint, targetCoverDays } = input.body;
      if (reorderPoint === undefined && targetCoverDays === undefined)
        throw new HttpProblem(
          422,
          'validation',
          'Give a reorder point, target cover days or both',
          [
            { field: 'reorderPoint', code: 'required', message: 'give at least one threshold' },
            { field: 'targetCoverDays', code: 'required', message: 'give at least one threshold' },
          ],
        );
      const locations = categoryTargets(ctx, user, category, locationIds);
      const acting = { user, at: ctx.now() };
      const wanted = new Set(locations.map((l) => l.id));
      return db.batch(() => {
        let updated = 0;
        for (const position of db.stockIndex.byCategory.get(category) ?? []) {
          const level = db.stockIndex.levels[position];
          if (!level || !wanted.has(level.locationId)) continue;
          const wantedThresholds = { reorderPoint, targetCoverDays };
          if (setThresholds(db, acting, level, wantedThresholds, category)) updated += 1;
        }
        audit(acting, 'category_thresholds_changed', category, {
          category,
          locations: locationIds.join(','),
          reorderPoint: reorderPoint ?? null,
          targetCoverDays: targetCoverDays ?? null,
          updated,
        });
        return { updated };
      });
    }),
    route('adjustStock', base, ctx, (input) => {
      const user = signedIn(input);
      if (!canAdjustStock(user.role))
        throw forbidden('Only warehouse staff, managers and admins correct stock');
      const { level, location } = levelFor(user, input.params);
      checkStockVersion(db, level, input.body.version);
      const acting = { user, at: ctx.now() };
      return db.batch(() => {
        const after = adjustOnHand(db, acting, level, input.body);
        audit(acting, 'adjusted', `${location.id}/${level.productId}`, {
          sku: level.sku,
          location: location.id,
          reason: input.body.reason,
          onHand: after.onHand,
          wasOnHand: level.onHand,
        });
        return after;
      });
    }),
  ];
}

/**
 * The locations a category's thresholds are set at: 422 for an unknown category or location,
 * 403 for a location outside the caller's scope.
 */
function categoryTargets(
  ctx: MockContext,
  user: DemoUser,
  category: string,
  locationIds: readonly string[],
): Location[] {
  const { db } = ctx;
  if (!db.categories.includes(category))
    throw new HttpProblem(422, 'validation', `There is no category ${category}`, [
      { field: 'category', code: 'unknown_category', message: `no category ${category}` },
    ]);
  const locations = locationIds.map((id, i) => {
    const location = db.locationById.get(id);
    if (!location)
      throw new HttpProblem(422, 'validation', `There is no location ${id}`, [
        { field: `locationIds.${i}`, code: 'unknown_location', message: `no location ${id}` },
      ]);
    return location;
  });
  const outside = locations.find((l) => !locationInScope(scopeOf(user), l));
  if (outside) throw outOfScope(`${outside.name} is outside your scope`);
  return locations;
}
