// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PublicTracking } from '@/api/contract';
import { FAILURE_WINDOW_MS, FREE_FAILURES } from '@/domain/shipment/public-lookup';
import { FailureLog, HARD_FAILURE_LIMIT } from '../db/public-tracking';
import { problemOf } from './order-fixtures';
import { publicTrackingHandlers } from './public-tracking';
import { API, useMockServer } from './test-server';
import { signTrackingToken } from './tracking-token';

const mock = useMockServer();
const { db, ctx } = mock;

const row = db.orders.find((o) => o.status === 'shipped' && db.customerOf(o).email !== null)!;
const customer = db.customerOf(row);

/** The waits the backend asked for, instead of waiting. */
let waits: number[] = [];
const realNow = ctx.now;
let clock = Date.now();

beforeEach(() => {
  waits = [];
  clock = realNow();
  ctx.now = () => clock;
  mock.server.use(
    ...publicTrackingHandlers('*/api', ctx, {
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      failures: new FailureLog(),
    }),
  );
});

afterEach(() => {
  ctx.now = realNow;
  mock.server.resetHandlers();
});

const lookUp = (body: unknown, client = '203.0.113.7') =>
  fetch(`${API}/public/tracking`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
    body: JSON.stringify(body),
  });
const wrongEmail = { orderNumber: row.number, email: `not-${customer.email!}` };

async function answerOf(response: Response) {
  return {
    status: response.status,
    headers: [...response.headers].filter(([name]) => name !== 'date'),
    body: await response.text(),
  };
}

describe('looking an order up', () => {
  it.each([
    ['e-mail', { email: customer.email!.toUpperCase() }],
    ['last four digits of the phone', { phoneLast4: customer.phone.slice(-4) }],
  ])('by number and %s shows its tracking', async (_, proof) => {
    const response = await lookUp({ orderNumber: row.number.toLowerCase(), ...proof });
    expect(response.status).toBe(200);
    const page = PublicTracking.parse(await response.json());
    expect(page.orderNumber).toBe(row.number);
    expect(page.parcels[0]?.waybill).toBe(row.shipment!.waybill);
    expect(waits).toEqual([]);
  });

  it('answers a wrong e-mail and an unknown order identically', async () => {
    const wrong = await answerOf(await lookUp(wrongEmail, '198.51.100.1'));
    const unknown = await answerOf(
      await lookUp({ orderNumber: 'SO209901019999', email: customer.email! }, '198.51.100.2'),
    );
    expect(wrong.status).toBe(404);
    expect(unknown).toEqual(wrong);
    expect(JSON.parse(wrong.body)).toMatchObject({ code: 'not_found' });
  });

  it('refuses a malformed proof with 422 before looking', async () => {
    const problem = await problemOf(
      await lookUp({ orderNumber: row.number, phoneLast4: '56a8' }),
      422,
    );
    expect(problem.code).toBe('validation');
  });

  it('slows a client down after a few failures, success or not, and forgets in time', async () => {
    for (let i = 0; i < FREE_FAILURES; i += 1) expect((await lookUp(wrongEmail)).status).toBe(404);
    expect(waits).toEqual([]);
    expect((await lookUp(wrongEmail)).status).toBe(404);
    expect((await lookUp(wrongEmail)).status).toBe(404);
    // A success waits as long: the wait is set before the answer is known, and the count stays.
    expect((await lookUp({ orderNumber: row.number, email: customer.email! })).status).toBe(200);
    expect(waits).toEqual([1_000, 2_000, 4_000]);
    expect((await lookUp(wrongEmail, '192.0.2.9')).status).toBe(404);
    expect(waits).toHaveLength(3);
    clock += FAILURE_WINDOW_MS;
    expect((await lookUp(wrongEmail)).status).toBe(404);
    expect(waits).toHaveLength(3);
  });

  it('refuses a client with 429 and Retry-After past the hard limit', async () => {
    for (let i = 0; i < HARD_FAILURE_LIMIT; i += 1) {
      expect((await lookUp(wrongEmail)).status).toBe(404);
      clock += 1_000;
    }
    const refused = await lookUp({ orderNumber: row.number, email: customer.email! });
    expect((await problemOf(refused, 429)).code).toBe('rate_limited');
    const firstFailure = clock - HARD_FAILURE_LIMIT * 1_000;
    expect(refused.headers.get('Retry-After')).toBe(
      String(Math.ceil((firstFailure + FAILURE_WINDOW_MS - clock) / 1000)),
    );
    expect((await lookUp(wrongEmail, '192.0.2.10')).status).toBe(404);
    clock = firstFailure + FAILURE_WINDOW_MS;
    expect((await lookUp({ orderNumber: row.number, email: customer.email! })).status).toBe(200);
  });
});

describe('a tracking link', () => {
  const open = (token: string) => fetch(`${API}/public/tracking/${encodeURIComponent(token)}`);

  it('opens the order it was signed for, and the answer carries a link of its own', async () => {
    const first = PublicTracking.parse(await (await open(signTrackingToken(row.id, clock))).json());
    expect(first.orderNumber).toBe(row.number);
    const again = await open(first.token);
    expect(again.status).toBe(200);
    expect(PublicTracking.parse(await again.json()).orderNumber).toBe(row.number);
  });

  it('answers an edited, expired or foreign token like a wrong lookup', async () => {
    const other = db.orders.find((o) => o.id !== row.id)!;
    const [payload, mac] = signTrackingToken(row.id, clock).split('.') as [string, string];
    const claims = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const forged = btoa(claims.replace(row.id, other.id));
    const edited = `${forged.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.${mac}`;
    const wrong = await answerOf(await lookUp(wrongEmail, '198.51.100.3'));
    for (const token of [
      edited,
      `${payload}.${mac.replace(/^./, (c) => (c === '0' ? '1' : '0'))}`,
      signTrackingToken(row.id, clock - 91 * 24 * 3_600_000),
      mock.sessionFor('admin').token,
      'not-a-token-at-all',
    ])
      expect(await answerOf(await open(token)), token).toEqual(wrong);
  });
});
