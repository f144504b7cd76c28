import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Backend } from '@/api/backend';
import type { WaybillBatch, WaybillItem, WaybillRowResult } from '@/api/contract/fulfilment';
import { ApiError, NetworkError } from '@/api/errors';
import { s10CheckDigit } from '@/domain/waybill/carriers';
import { mockServer } from '@/testing/mock-server';
import { renderApp, TEST_API_BASE } from '@/testing/render-app';
import { commitInChunks } from './commit';

const items = (n: number): WaybillItem[] =>
  Array.from({ length: n }, (_, i) => ({ orderNumber: `SO${i}`, waybill: `W${i}`, carrier: null }));

function shippedRow(row: number, item: WaybillItem): WaybillRowResult {
  return {
    row,
    orderId: `o-${item.orderNumber}`,
    orderNumber: item.orderNumber,
    waybill: item.waybill,
    carrier: item.carrier,
    allocatedCarrier: null,
    problems: [],
    shipped: true,
    shipmentId: `s-${item.orderNumber}`,
  };
}

/** A backend whose commit answers from a script of failures, recording each call. */
function scriptedBackend(failures: (Error | null)[]) {
  const calls: { key: string | undefined; orderNumbers: string[] }[] = [];
  const shipWaybills = (input: { body: WaybillBatch }, options?: { idempotencyKey?: string }) => {
    calls.push({
      key: options?.idempotencyKey,
      orderNumbers: input.body.items.map((item) => item.orderNumber),
    });
    const failure = failures.shift();
    if (failure) return Promise.reject(failure);
    const results = input.body.items.map((item, row) => shippedRow(row, item));
    return Promise.resolve({ succeeded: results.length, failed: 0, results });
  };
  return { backend: { shipWaybills } as unknown as Backend, calls };
}

const serverError = () =>
  new ApiError({
    type: 'about:blank',
    title: 'Unavailable',
    status: 503,
    code: 'internal',
  } as never);

describe('commitInChunks', () => {
  it('sends chunks of 200 one after another, each with its own key', async () => {
    const { backend, calls } = scriptedBackend([]);
    const progress: number[] = [];
    const outcome = await commitInChunks(backend, items(450), {
      onProgress: ({ done }) => progress.push(done),
    });
    expect(calls.map((call) => call.orderNumbers.length)).toEqual([200, 200, 50]);
    expect(new Set(calls.map((call) => call.key)).size).toBe(3);
    expect(outcome.results.map((result) => result?.orderNumber)).toEqual(
      items(450).map((item) => item.orderNumber),
    );
    expect(progress).toEqual([0, 200, 400, 450]);
  });

  it('retries a chunk with the same key after a network failure or a server error', async () => {
    const { backend, calls } = scriptedBackend([
      new NetworkError(new Error('timeout')),
      serverError(),
    ]);
    const outcome = await commitInChunks(backend, items(3), { retryDelayMs: () => 0 });
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((call) => call.key)).size).toBe(1);
    expect(outcome.results.every((result) => result?.shipped)).toBe(true);
  });

  it('gives up on a chunk after two retries and answers null for its rows, then goes on', async () => {
    const timeout = () => new NetworkError(new Error('timeout'));
    const { backend, calls } = scriptedBackend([timeout(), timeout(), timeout()]);
    const outcome = await commitInChunks(backend, items(250), { retryDelayMs: () => 0 });
    expect(calls.map((call) => call.orderNumbers.length)).toEqual([200, 200, 200, 50]);
    expect(outcome.results.slice(0, 200).every((result) => result === null)).toBe(true);
    expect(outcome.results.slice(200).every((result) => result?.shipped)).toBe(true);
  });
});

describe('useWaybillCommit through the page', () => {
  it('sends a chunk whose answer was lost again with the same Idempotency-Key, shipping once', async () => {
    await renderApp({ route: '/shipping/waybills', as: 'warehouse.sh' });
    await screen.findByRole('table', { name: '待录入运单号的订单' }, { timeout: 8000 });
    const user = userEvent.setup({ delay: 2 });
    const input = screen.getAllByRole('textbox', { name: /的运单号$/ })[0];
    if (!input) throw new Error('no rows');
    const row = input.closest('tr') as HTMLElement;
    await user.selectOptions(within(row).getByRole('combobox', { name: /的快递公司$/ }), 'EMS');
    await user.type(input, `EA50000001${s10CheckDigit('50000001')}CN{Enter}`);

    const keys: (string | null)[] = [];
    const server = mockServer();
    const record = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && request.url === `${TEST_API_BASE}/waybills/commit`)
        keys.push(request.headers.get('Idempotency-Key'));
    };
    server.events.on('request:start', record);
    server.use(
      http.post(`${TEST_API_BASE}/waybills/commit`, () => HttpResponse.error(), { once: true }),
    );
    try {
      await user.click(await screen.findByRole('button', { name: '发货 1 单' }));
      expect(
        await screen.findByText('1 已发货，0 条需要修改', {}, { timeout: 5000 }),
      ).toBeInTheDocument();
    } finally {
      server.events.removeListener('request:start', record);
    }
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    await waitFor(() => expect(input).not.toBeInTheDocument());
  });
});
