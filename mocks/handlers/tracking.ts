import type { HttpHandler } from 'msw';
import type { Order } from '@/api/contract';
import { countExceptionQueue, queryExceptionQueue } from '../db/exception-queue';
import { toOrder } from '../db/present';
import { resolveShipment } from '../db/resolutions';
import { AnswerMemory } from './answer-memory';
import { scopeOf, type MockContext } from './context';
import { orderFor } from './orders';
import { route, signedIn } from './route';

/** The exceptions queue, its count for the navigation badge, and dealing with one parcel. */
export function trackingHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  // A resolution sent again after a lost answer gets the first answer and is applied once.
  const memory = new AnswerMemory<Order>();
  return [
    route('countTrackingExceptions', base, ctx, (input) => ({
      open: countExceptionQueue(db, scopeOf(signedIn(input)), ctx.now()),
    })),
    route('listTrackingExceptions', base, ctx, (input) =>
      queryExceptionQueue(db, scopeOf(signedIn(input)), input.query, ctx.now()),
    ),
    route('resolveShipment', base, ctx, (input) => {
      const user = signedIn(input);
      const key = input.request.headers.get('Idempotency-Key')?.trim();
      const memoryKey = key ? `${user.id}\n${key}` : null;
      const body = JSON.stringify({ params: input.params, body: input.body });
      const earlier = memoryKey ? memory.recall(memoryKey, body) : undefined;
      if (earlier) return earlier;
      const row = orderFor(db, user, input.params.id);
      const at = ctx.now();
      const origin = new URL(input.request.url).origin;
      const updated = db.batch(() =>
        resolveShipment(db, { user, at }, row, input.params.shipmentId, input.body, origin),
      );
      const answer = toOrder(db, updated, at);
      if (memoryKey) memory.remember(memoryKey, body, answer);
      return answer;
    }),
  ];
}
