import type { HttpHandler } from 'msw';
import type { WaybillBatchResult } from '@/api/contract';
import { toOrder } from '../db/present';
import { requireShipper, runWaybillBatch } from '../db/shipping';
import { correctWaybill } from '../db/shipping-correction';
import type { MockContext } from './context';
import { orderFor } from './orders';
import { AnswerMemory } from './answer-memory';
import { HttpProblem } from './problem';
import { route, signedIn } from './route';

const keyRequired = () =>
  new HttpProblem(422, 'validation', 'A commit needs an Idempotency-Key header', [
    { field: 'Idempotency-Key', code: 'required', message: 'send a new key with each chunk' },
  ]);

/** Batch waybill entry (check, commit) and the correction of a shipped order's waybill. */
export function waybillHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  // A chunk sent again after a timeout gets the first answer and ships nothing twice.
  const memory = new AnswerMemory<WaybillBatchResult>();
  return [
    route('checkWaybills', base, ctx, (input) => {
      const user = signedIn(input);
      requireShipper(user);
      return runWaybillBatch(db, { user, at: ctx.now() }, input.body.items, 'check');
    }),
    route('shipWaybills', base, ctx, (input) => {
      const user = signedIn(input);
      requireShipper(user);
      const idempotencyKey = input.request.headers.get('Idempotency-Key')?.trim();
      if (!idempotencyKey) throw keyRequired();
      const memoryKey = `${user.id}\n${idempotencyKey}`;
      const body = JSON.stringify(input.body);
      const earlier = memory.recall(memoryKey, body);
      if (earlier) return earlier;
      const shipper = { user, at: ctx.now() };
      const result = db.batch(() => runWaybillBatch(db, shipper, input.body.items, 'commit'));
      memory.remember(memoryKey, body, result);
      return result;
    }),
    route('correctWaybill', base, ctx, (input) => {
      const user = signedIn(input);
      const row = orderFor(db, user, input.params.id);
      const shipper = { user, at: ctx.now() };
      return toOrder(
        db,
        db.batch(() => correctWaybill(db, shipper, row, input.body)),
      );
    }),
  ];
}
