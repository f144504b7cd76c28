import type { HttpHandler } from 'msw';
import type { Location } from '@/api/contract';
import { locationInScope } from '@/domain/access';
import { isValidSnoozeDate, snoozeUntil } from '@/domain/inventory/alerts';
import { alertStateAt } from '../db/alert-book';
import { alertSummary, listAlerts, toStockAlert } from '../db/alert-query';
import { iso } from '../db/time';
import type { AlertRow } from '../db/types';
import type { DemoUser } from '../seed/reference';
import { scopeOf, type MockContext } from './context';
import { HttpProblem, notFound, outOfScope } from './problem';
import { route, signedIn } from './route';

/** Stock alerts: the list, the header summary, acknowledging and snoozing. */
export function alertHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  /**
   * A live alert at a location in the caller's scope, at the version the caller saw: 404 when
   * unknown, 403 outside scope, 409 wrong_state once cleared, 409 version_conflict when stale.
   */
  const liveAlertFor = (user: DemoUser, id: string, version: number, now: number) => {
    const row = db.alerts.get(id);
    const location = row ? db.locationById.get(row.locationId) : undefined;
    if (!row || !location) throw notFound(`Alert ${id}`);
    if (!locationInScope(scopeOf(user), location))
      throw outOfScope(`${location.name} is outside your scope`);
    if (alertStateAt(row, now) === 'cleared')
      throw new HttpProblem(409, 'wrong_state', `Alert ${id} is cleared: stock has recovered`);
    if (row.version !== version)
      throw new HttpProblem(
        409,
        'version_conflict',
        `Alert ${id} changed (version ${row.version}, you had ${version}); reload to see the change`,
        undefined,
        {
          current: {
            version: row.version,
            updatedAt: iso(row.updatedAt),
            updatedBy: row.updatedBy,
          },
        },
      );
    return { row, location };
  };
  const save = (user: DemoUser, at: number, row: AlertRow, action: string, detail: object) =>
    db.batch(() => {
      db.updateAlert(row);
      db.recordAudit({
        at: iso(at),
        actor: { id: user.id, name: user.name },
        action: `stock.alert_${action}`,
        entity: 'stock',
        entityId: row.id,
        detail: {
          location: row.locationId,
          product: row.productId,
          level: row.level,
          ...(detail as Record<string, string | null>),
        },
      });
      return toStockAlert(db, row, at);
    });
  return [
    route('listAlerts', base, ctx, (input) =>
      listAlerts(db, scopeOf(signedIn(input)), input.query, ctx.now()),
    ),
    route('alertSummary', base, ctx, (input) =>
      alertSummary(db, scopeOf(signedIn(input)), ctx.now()),
    ),
    route('acknowledgeAlert', base, ctx, (input) => {
      const user = signedIn(input);
      const at = ctx.now();
      const { row } = liveAlertFor(user, input.params.id, input.body.version, at);
      const by = { id: user.id, name: user.name };
      const after: AlertRow = {
        ...row,
        state: 'acknowledged',
        acknowledged: { by, at },
        snoozed: null,
        version: row.version + 1,
        updatedAt: at,
        updatedBy: by,
      };
      return save(user, at, after, 'acknowledged', {});
    }),
    route('snoozeAlert', base, ctx, (input) => {
      const user = signedIn(input);
      const at = ctx.now();
      const { row, location } = liveAlertFor(user, input.params.id, input.body.version, at);
      const until = snoozeEnd(input.body.until, at, location);
      const by = { id: user.id, name: user.name };
      const after: AlertRow = {
        ...row,
        state: 'snoozed',
        snoozed: { by, at, until },
        version: row.version + 1,
        updatedAt: at,
        updatedBy: by,
      };
      return save(user, at, after, 'snoozed', { until: input.body.until });
    }),
  ];
}

/** When a snooze ends (ms); null until the level changes. 422 unless the date is after today there. */
function snoozeEnd(date: string | null, now: number, location: Location): number | null {
  if (date === null) return null;
  if (!isValidSnoozeDate(date, now, location.timeZone))
    throw new HttpProblem(
      422,
      'validation',
      'Snooze until a day after today, at most 90 days ahead',
      [
        {
          field: 'until',
          code: 'out_of_range',
          message: `${date} is not after today at ${location.name} or is more than 90 days ahead`,
        },
      ],
    );
  return snoozeUntil(date, location.timeZone);
}
