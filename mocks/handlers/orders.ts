import { http, type HttpHandler } from 'msw';
import { orderInScope } from '@/domain/access';
import { normaliseOrderNumber } from '@/domain/ids';
import { normaliseWaybill } from '@/domain/waybill/carriers';
import type { SearchHit } from '@/api/contract';
import type { MockDb } from '../db/database';
import { catchUpArrivals } from '../db/arrivals';
import { catchUpTracking } from '../db/parcels';
import { countOrders, queryOrders } from '../db/order-query';
import { toOrder, toSummary } from '../db/present';
import { iso } from '../db/time';
import type { OrderRow } from '../db/types';
import type { DemoUser } from '../seed/reference';
import { scopeOf, type MockContext } from './context';
import { HttpProblem, notFound, outOfScope } from './problem';
import { route, signedIn } from './route';

function inScope(db: MockDb, user: DemoUser, row: OrderRow): boolean {
  const store = db.storeOf(row);
  return orderInScope(scopeOf(user), {
    storeId: store.id,
    region: store.region,
    locationId: row.locationId,
    status: row.status,
  });
}

/** The order if it exists and the user may see it: 404 when it does not exist, 403 when out of scope. */
export function orderFor(db: MockDb, user: DemoUser, id: string): OrderRow {
  const row = db.order(id);
  if (!row) throw notFound(`Order ${id}`);
  if (!inScope(db, user, row))
    throw outOfScope(`Order ${row.number} belongs to a store outside your scope`);
  return row;
}

function checkDateRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) {
    throw new HttpProblem(422, 'validation', 'The first day is after the last day', [
      { field: 'from', code: 'range', message: 'from must not be after to' },
    ]);
  }
}

/**
 * Runs before every request and answers none: orders that arrived since the last request are
 * added first, so whatever the request reads or changes sees them.
 */
export function arrivalsHandler(base: string, ctx: MockContext): HttpHandler {
  return http.all(`${base}/*`, () => {
    catchUpArrivals(ctx.db, ctx.now(), ctx.arrivalsPerHour);
    catchUpTracking(ctx.db, ctx.now());
  });
}

export function orderHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  return [
    // Before /orders/{id}, which would otherwise take "counts" for an id.
    route('orderCounts', base, ctx, (input) => {
      checkDateRange(input.query.from, input.query.to);
      return countOrders(db, scopeOf(signedIn(input)), input.query);
    }),
    route('listOrders', base, ctx, (input) => {
      const { query } = input;
      checkDateRange(query.from, query.to);
      const result = queryOrders(db, scopeOf(signedIn(input)), query);
      return {
        items: result.rows.map((row) => toSummary(db, row)),
        page: query.page,
        pageSize: query.pageSize,
        total: result.total,
      };
    }),
    route('getOrder', base, ctx, (input) =>
      toOrder(db, orderFor(db, signedIn(input), input.params.id)),
    ),
    route('revealPhone', base, ctx, (input) => {
      const user = signedIn(input);
      const row = orderFor(db, user, input.params.id);
      const at = ctx.now();
      const actor = { id: user.id, name: user.name };
      db.updateOrder(
        row.id,
        (draft) => {
          const n = (draft.addedEvents?.length ?? 0) + 1;
          draft.addedEvents = [
            ...(draft.addedEvents ?? []),
            { id: `${row.id}-x${n}`, at: iso(at), kind: 'phone_revealed', actor, data: {} },
          ];
        },
        { at, by: actor, touch: false },
      );
      const customer = db.customerOf(row);
      db.recordAudit({
        at: iso(at),
        actor,
        action: 'customer.phone_revealed',
        entity: 'customer',
        entityId: customer.id,
        detail: { orderId: row.id, orderNumber: row.number },
      });
      return { phone: customer.phone };
    }),
    route('search', base, ctx, (input) => {
      const user = signedIn(input);
      const hits: SearchHit[] = [];
      const byNumber = db.positionByNumber.get(normaliseOrderNumber(input.query.q));
      const byWaybill = db.positionByWaybill.get(normaliseWaybill(input.query.q));
      for (const [position, matched] of [
        [byNumber, 'number'],
        [byWaybill, 'waybill'],
      ] as const) {
        const row = position === undefined ? undefined : db.orders[position];
        if (row && inScope(db, user, row) && !hits.some((h) => h.orderId === row.id)) {
          hits.push({ kind: 'order', orderId: row.id, number: row.number, matched });
        }
      }
      return { hits };
    }),
  ];
}
