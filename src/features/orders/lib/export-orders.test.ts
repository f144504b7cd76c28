import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '@/api/backend';
import type { OrderListQuery, OrderPage, OrderSummary } from '@/api/contract/orders';
import { problemType } from '@/api/contract/problem';
import { isAbortError } from '@/api/errors';
import { createRestBackend } from '@/api/rest/client';
import { currentToken, useSessionStore } from '@/api/session-store';
import { createI18n, type TFunction } from '@/i18n';
import { getMockServer, mockServer } from '@/testing/mock-server';
import { TEST_API_BASE } from '@/testing/render-app';
import { exportFileName, exportOrders, yuanOf } from './export-orders';

const LINE_END = '\r\n';

let t: TFunction;
let backend: Backend;
/** The queries of every list request the backend received, in order. */
let listQueries: URLSearchParams[];

beforeEach(async () => {
  useSessionStore.getState().signedIn(getMockServer().sessionFor('admin'));
  t = (await createI18n('zh-CN')).getFixedT(null);
  backend = createRestBackend({ baseUrl: TEST_API_BASE, getToken: currentToken });
  listQueries = [];
  mockServer().events.on('request:start', recordListQuery);
});

afterEach(() => {
  mockServer().events.removeListener('request:start', recordListQuery);
});

function recordListQuery({ request }: { request: Request }) {
  const url = new URL(request.url);
  if (url.pathname === '/api/orders') listQueries.push(url.searchParams);
}

/** The data lines of the CSV (the seeded data has no line breaks inside cells). */
function dataLines(csv: string): string[] {
  return csv.split(LINE_END).slice(1, -1);
}

async function totalOf(query: OrderListQuery): Promise<number> {
  return (await backend.listOrders({ query: { ...query, pageSize: 1 } })).total;
}

function problem(status: number) {
  return HttpResponse.json(
    { type: problemType('unavailable'), title: 'Unavailable', status, code: 'unavailable' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

describe('exportOrders', () => {
  it('fetches every page of the filter, one line per order, in the list order', async () => {
    const query: OrderListQuery = { status: 'shipped', sort: '-total', page: 3, pageSize: 50 };
    const total = await totalOf(query);
    expect(total).toBeGreaterThan(40);
    const progress: [number, number][] = [];

    const csv = await exportOrders({
      backend,
      query,
      t,
      pageSize: 20,
      onProgress: (done, all) => progress.push([done, all]),
    });

    const lines = dataLines(csv);
    expect(lines).toHaveLength(total);
    expect(new Set(lines.map((line) => line.split(',')[0])).size).toBe(total);
    expect(lines.every((line) => line.includes(',已发货,'))).toBe(true);
    const first = (await backend.listOrders({ query: { ...query, page: 1 } })).items[0];
    expect(lines[0]?.startsWith(`${first?.number},`)).toBe(true);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress).toHaveLength(Math.ceil(total / 20));
  });

  it('pins every page to the orders placed up to the start, and keeps the sort', async () => {
    const now = new Date('2026-11-22T06:00:00.000Z');
    await exportOrders({ backend, query: { status: 'all' }, t, pageSize: 1000, now });

    expect(listQueries.length).toBeGreaterThan(1);
    expect(listQueries.map((q) => q.get('page'))).toEqual(
      listQueries.map((_, index) => String(index + 1)),
    );
    for (const q of listQueries) {
      expect(q.get('placedUpTo')).toBe(now.toISOString());
      expect(q.get('pageSize')).toBe('1000');
    }
  });

  it('keeps a pin the list already has', async () => {
    const placedUpTo = '2026-01-01T00:00:00.000Z';
    await exportOrders({ backend, query: { placedUpTo }, t });
    expect(listQueries.map((q) => q.get('placedUpTo'))).toEqual([placedUpTo]);
  });

  it('stops fetching when aborted and rejects with an abort error', async () => {
    const controller = new AbortController();

    const result = exportOrders({
      backend,
      query: { status: 'all' },
      t,
      pageSize: 100,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });

    const error: unknown = await result.catch((reason: unknown) => reason);
    expect(isAbortError(error)).toBe(true);
    expect(listQueries).toHaveLength(1);
  });

  it('retries a failed page, then goes on', async () => {
    mockServer().use(
      http.get(
        `${TEST_API_BASE}/orders`,
        ({ request }) =>
          new URL(request.url).searchParams.get('page') === '2' ? problem(503) : undefined,
        { once: true },
      ),
    );
    const total = await totalOf({ status: 'pending_review' });

    const csv = await exportOrders({
      backend,
      query: { status: 'pending_review' },
      t,
      pageSize: 50,
      retryDelayMs: 1,
    });

    expect(dataLines(csv)).toHaveLength(total);
  });

  it('fails after the retries when a page keeps failing', async () => {
    mockServer().use(http.get(`${TEST_API_BASE}/orders`, () => problem(503)));

    await expect(
      exportOrders({ backend, query: {}, t, attempts: 3, retryDelayMs: 1 }),
    ).rejects.toMatchObject({ status: 503 });
    expect(listQueries).toHaveLength(3);
  });
});

describe('the CSV of an order', () => {
  const order: OrderSummary = {
    id: 'o-1',
    number: 'SO2026112200123',
    storeId: 'st-sh01',
    storeName: '上海静安店',
    region: 'east',
    timeZone: 'Asia/Shanghai',
    placedAt: '2026-11-22T01:02:03.000Z',
    customerName: '=HYPERLINK("http://evil.example")',
    customerPhone: '138****5678',
    firstItemName: '保温杯, 500ml',
    lineCount: 3,
    quantity: 4,
    total: { amount: 1234505, currency: 'CNY' },
    status: 'pending_review',
    paymentStatus: 'paid',
    tagIds: ['tag-a', 'tag-b', 'tag-gone'],
    carrier: 'SF',
    waybill: 'SF1234567890123',
    hasException: false,
    riskFlags: [],
    version: 1,
  };
  const fake: Pick<Backend, 'listOrders' | 'listTags'> = {
    listOrders: async () => ({ items: [order], page: 1, pageSize: 1000, total: 1 }) as OrderPage,
    listTags: async () => ({
      items: [
        { id: 'tag-a', name: '加急', color: 'red', orderCount: 1, version: 1 },
        { id: 'tag-b', name: '@VIP', color: 'amber', orderCount: 1, version: 1 },
      ],
    }),
  };

  it('writes translated headers and values, the store time, yuan and neutralised text', async () => {
    const csv = await exportOrders({ backend: fake, query: {}, t });

    expect(csv.split(LINE_END)).toEqual([
      '订单号,下单时间,门店,客户,手机号（已脱敏）,商品,数量,金额（元）,订单状态,支付状态,标签,快递公司,运单号',
      [
        'SO2026112200123',
        '2026-11-22 09:02:03',
        '上海静安店',
        '"\'=HYPERLINK(""http://evil.example"")"',
        '138****5678',
        '"保温杯, 500ml 等 3 种商品"',
        '4',
        '12345.05',
        '待审核',
        '已支付',
        '加急、@VIP',
        '顺丰速运',
        'SF1234567890123',
      ].join(','),
      '',
    ]);
  });

  it('speaks the language it is given', async () => {
    const en = (await createI18n('en')).getFixedT(null);
    const csv = await exportOrders({ backend: fake, query: {}, t: en });
    const [header, row] = csv.split(LINE_END);
    expect(header).toBe(
      'Order number,Placed at,Store,Customer,Phone (masked),Items,Quantity,Total (CNY),Order status,Payment status,Tags,Carrier,Waybill number',
    );
    expect(row).toContain('"保温杯, 500ml and 2 more items"');
    expect(row).toContain(',Pending review,Paid,"加急, @VIP",');
  });
});

describe('helpers', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [1234505, '12345.05'],
    [-250, '-2.50'],
  ])('yuanOf(%i) is %s', (fen, yuan) => {
    expect(yuanOf(fen)).toBe(yuan);
  });

  it('names the file by the time in the given zone', () => {
    const at = new Date('2026-11-22T16:05:00.000Z');
    expect(exportFileName(at, 'Asia/Shanghai')).toBe('orders-20261123-0005.csv');
    expect(exportFileName(at, 'UTC')).toBe('orders-20261122-1605.csv');
  });
});
