import { delay, http, type HttpHandler } from 'msw';
import { failureDelayMs } from '@/domain/shipment/public-lookup';
import { catchUpTracking } from '../db/parcels';
import { FailureLog, findOrderForLookup, toPublicTracking } from '../db/public-tracking';
import type { MockContext } from './context';
import { HttpProblem, problemResponse } from './problem';
import { route } from './route';
import { verifyTrackingToken } from './tracking-token';

export interface PublicTrackingOptions {
  /** Waits before a slowed-down answer; tests pass a fake that records instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  /** Failed lookups per client; one per backend unless a test brings its own. */
  failures?: FailureLog;
}

/**
 * The one answer for a wrong combination, an unknown order and a bad link: same status, code,
 * title, detail and headers, so no answer tells which order numbers exist.
 */
const noMatch = () =>
  new HttpProblem(404, 'not_found', 'No order matches this number and contact detail');

/** Who is asking: the client address a proxy reports, else one shared key for local use. */
function clientOf(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
}

export function publicTrackingHandlers(
  base: string,
  ctx: MockContext,
  options: PublicTrackingOptions = {},
): HttpHandler[] {
  const { db } = ctx;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const failures = options.failures ?? new FailureLog();
  return [
    // Before the lookup itself: a client past the hard limit is refused before any work, with
    // the time it must wait (a problem thrown inside a route carries no headers).
    http.post(`${base}/public/tracking`, ({ request }) => {
      const waitMs = failures.blockedFor(clientOf(request), ctx.now());
      if (waitMs <= 0) return undefined;
      const response = problemResponse(
        429,
        'rate_limited',
        'Too many failed lookups; try again later',
      );
      response.headers.set('Retry-After', String(Math.ceil(waitMs / 1000)));
      return response;
    }),
    route('lookUpPublicTracking', base, ctx, async (input) => {
      const client = clientOf(input.request);
      // Decided before the outcome is known, so the wait tells nothing about the answer.
      const wait = failureDelayMs(failures.recent(client, ctx.now()));
      if (wait > 0) await sleep(wait);
      const now = ctx.now();
      catchUpTracking(db, now);
      const row = findOrderForLookup(db, input.body);
      if (!row) {
        failures.record(client, now);
        throw noMatch();
      }
      return toPublicTracking(db, row, now);
    }),
    route('getPublicTracking', base, ctx, (input) => {
      const now = ctx.now();
      catchUpTracking(db, now);
      const orderId = verifyTrackingToken(input.params.token, now);
      const row = orderId === null ? undefined : db.order(orderId);
      if (!row) throw noMatch();
      return toPublicTracking(db, row, now);
    }),
  ];
}
