import type { HttpHandler } from 'msw';
import type { BulkItemResult, BulkResult } from '@/api/contract';
import { locationInScope } from '@/domain/access';
import { TRANSITIONS } from '@/domain/order/status';
import { allocateOrder, deallocateOrder } from '../db/allocation';
import { listAllocationCandidates } from '../db/allocation-candidates';
import type { Acting } from '../db/order-commands';
import { pickListOf } from '../db/pick-list';
import { toOrder } from '../db/present';
import { AnswerMemory } from './answer-memory';
import { scopeOf, type MockContext } from './context';
import { orderFor } from './orders';
import { HttpProblem, forbidden, notFound, outOfScope } from './problem';
import { route, signedIn, type RouteInput } from './route';

type Endpoint = 'allocateOrder' | 'deallocateOrder';

/**
 * Allocation: the orders waiting for a location with a suggestion each, allocating one or many
 * (stock reserved all or nothing), deallocating, and the pick list of a location.
 */
export function allocationHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  const memory = new AnswerMemory<BulkResult>();
  const target = <N extends Endpoint>(input: RouteInput<N>) => {
    const user = signedIn(input);
    const acting: Acting = { user, at: ctx.now() };
    return { acting, row: orderFor(db, user, input.params.id) };
  };
  return [
    route('listAllocationCandidates', base, ctx, (input) => {
      const user = signedIn(input);
      if (!TRANSITIONS.allocate.actors.includes(user.role))
        throw forbidden('Your role may not allocate orders');
      const { query } = input;
      const { items, total } = listAllocationCandidates(db, scopeOf(user), query);
      return { items, total, page: query.page, pageSize: query.pageSize };
    }),
    route('allocateOrder', base, ctx, (input) => {
      const { acting, row } = target(input);
      const { version, locationId, carrier } = input.body;
      return toOrder(
        db,
        db.batch(() => allocateOrder(db, acting, row, { locationId, carrier }, version)),
      );
    }),
    route('deallocateOrder', base, ctx, (input) => {
      const { acting, row } = target(input);
      return toOrder(
        db,
        db.batch(() => deallocateOrder(db, acting, row, input.body.version)),
      );
    }),
    route('allocateOrders', base, ctx, (input) => {
      const user = signedIn(input);
      const idempotencyKey = input.request.headers.get('Idempotency-Key');
      const memoryKey = idempotencyKey ? `${user.id}\n${idempotencyKey}` : null;
      const body = JSON.stringify(input.body);
      const earlier = memoryKey ? memory.recall(memoryKey, body) : undefined;
      if (earlier) return earlier;

      const acting: Acting = { user, at: ctx.now() };
      const results = db.batch(() =>
        input.body.items.map((item): BulkItemResult => {
          const number = db.order(item.orderId)?.number ?? item.orderId;
          try {
            const row = orderFor(db, user, item.orderId);
            allocateOrder(db, acting, row, item, item.version);
            return { orderId: row.id, number, ok: true };
          } catch (error) {
            if (!(error instanceof HttpProblem)) throw error;
            return {
              orderId: item.orderId,
              number,
              ok: false,
              code: error.code,
              message: error.message,
              ...(error.extension?.shortage ? { shortage: error.extension.shortage } : {}),
            };
          }
        }),
      );
      const succeeded = results.filter((r) => r.ok).length;
      const result: BulkResult = { succeeded, failed: results.length - succeeded, results };
      if (memoryKey) memory.remember(memoryKey, body, result);
      return result;
    }),
    route('getPickList', base, ctx, (input) => {
      const user = signedIn(input);
      const { query } = input;
      const location = db.locationById.get(query.locationId);
      if (!location) throw notFound(`Location ${query.locationId}`);
      if (!locationInScope(scopeOf(user), location))
        throw outOfScope(`${location.name} is outside your scope`);
      return pickListOf(db, location, query, ctx.now());
    }),
  ];
}
