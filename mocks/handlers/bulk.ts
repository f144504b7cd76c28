import type { HttpHandler } from 'msw';
import {
  BULK_LIMIT,
  type BulkItemResult,
  type BulkOperation,
  type BulkResult,
  type BulkSelection,
} from '@/api/contract';
import type { output } from 'zod/v4/core';
import type { MockDb } from '../db/database';
import {
  changeOrderTags,
  checkTagChange,
  transitionOrder,
  type Acting,
} from '../db/order-commands';
import { queryOrders } from '../db/order-query';
import type { OrderRow } from '../db/types';
import type { DemoUser } from '../seed/reference';
import { scopeOf, type MockContext } from './context';
import { orderFor } from './orders';
import { AnswerMemory } from './answer-memory';
import { HttpProblem } from './problem';
import { route, signedIn } from './route';

type Selection = output<typeof BulkSelection>;
type Operation = output<typeof BulkOperation>;

/** An order the selection names, or why it cannot be touched (unknown id, another store's order). */
type Target = { row: OrderRow } | { failure: BulkItemResult };

function tooMany(count: number): HttpProblem {
  return new HttpProblem(
    422,
    'validation',
    `The selection has ${count} orders; at most ${BULK_LIMIT} can be changed at once`,
    [{ field: 'selection', code: 'too_many', message: `more than ${BULK_LIMIT} orders` }],
  );
}

function failureOf(orderId: string, number: string, error: unknown): BulkItemResult {
  if (!(error instanceof HttpProblem)) throw error;
  return { orderId, number, ok: false, code: error.code, message: error.message };
}

/** The orders of the selection, newest first for a filter; a filter is resolved here, in scope. */
function resolve(db: MockDb, user: DemoUser, selection: Selection): Target[] {
  if (selection.kind === 'ids') {
    return [...new Set(selection.ids)].map((id) => {
      try {
        return { row: orderFor(db, user, id) };
      } catch (error) {
        return { failure: failureOf(id, db.order(id)?.number ?? id, error) };
      }
    });
  }
  const excluded = new Set(selection.exclude);
  const { rows, total } = queryOrders(db, scopeOf(user), {
    ...selection.filter,
    page: 1,
    // Enough to see past the limit even when every excluded order matches.
    pageSize: BULK_LIMIT + excluded.size + 1,
    sort: '-placedAt',
  });
  const kept = rows.filter((row) => !excluded.has(row.id));
  const count = total - (rows.length - kept.length);
  if (count > BULK_LIMIT) throw tooMany(count);
  return kept.map((row) => ({ row }));
}

function apply(db: MockDb, acting: Acting, row: OrderRow, operation: Operation): void {
  switch (operation.kind) {
    case 'approve':
      transitionOrder(db, acting, row, { action: 'approve' });
      return;
    case 'hold':
      transitionOrder(db, acting, row, {
        action: 'hold',
        reason: operation.reason,
        note: operation.note,
      });
      return;
    case 'cancel':
      transitionOrder(db, acting, row, {
        action: 'cancel',
        reason: operation.reason,
        note: operation.note,
      });
      return;
    case 'tag':
      changeOrderTags(db, acting, row, operation);
      return;
  }
}

export function bulkHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  const memory = new AnswerMemory<BulkResult>();
  return [
    route('bulkOrders', base, ctx, (input) => {
      const user = signedIn(input);
      const { selection, operation } = input.body;
      const idempotencyKey = input.request.headers.get('Idempotency-Key');
      const memoryKey = idempotencyKey ? `${user.id}\n${idempotencyKey}` : null;
      const body = JSON.stringify(input.body);
      const earlier = memoryKey ? memory.recall(memoryKey, body) : undefined;
      if (earlier) return earlier;

      if (operation.kind === 'tag') checkTagChange(db, operation);
      const targets = resolve(db, user, selection);
      const acting: Acting = { user, at: ctx.now() };
      const results = db.batch(() =>
        targets.map((target): BulkItemResult => {
          if ('failure' in target) return target.failure;
          const { row } = target;
          try {
            apply(db, acting, row, operation);
            return { orderId: row.id, number: row.number, ok: true };
          } catch (error) {
            return failureOf(row.id, row.number, error);
          }
        }),
      );
      const succeeded = results.filter((r) => r.ok).length;
      const result: BulkResult = { succeeded, failed: results.length - succeeded, results };
      if (memoryKey) memory.remember(memoryKey, body, result);
      return result;
    }),
  ];
}
