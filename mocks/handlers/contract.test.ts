// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/v4/core';
import { endpoints, type EndpointName } from '@/api/contract';
import type { MockServer } from '../node';
import { suggestAllocation } from '@/domain/allocation';
import {
  candidateLocations,
  destinationOf,
  linesOf,
  shippingStoreLocations,
} from '../db/allocation';
import { addNote } from '../db/order-commands';
import { dayNumber, dayToDate } from '../db/time';
import type { OrderRow } from '../db/types';
import { arrange } from './order-fixtures';
import { arrangeParcel } from './tracking-fixtures';
import { signTrackingToken } from './tracking-token';
import { API, useMockServer } from './test-server';

const mock = useMockServer();

interface Call {
  user: string | null;
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  headers?: Record<string, string>;
}

function urlOf(
  path: string,
  params: Record<string, string> = {},
  query: Record<string, unknown> = {},
): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  const text = search.toString();
  return `${API}${filled}${text ? `?${text}` : ''}`;
}

const someOrder = (m: MockServer) =>
  m.db.orders.find((o) => o.shipment?.exception) ?? m.db.orders[0]!;
const lastMonth = { from: '2026-10-01', to: '2026-10-31' };
/** An order back in review, so that every order command has something it may do. */
const pendingOrder = (m: MockServer) => {
  const row = m.db.orders.find((o) => o.status === 'completed')!;
  return m.db.updateOrder(
    row.id,
    (draft) => {
      draft.status = 'pending_review';
      draft.shipment = null;
    },
    { at: row.updatedAt, by: null },
  );
};
const adminNote = (m: MockServer) => {
  const admin = m.sessionFor('admin').user;
  const row = addNote(m.db, { user: admin, at: Date.now() }, pendingOrder(m), '已核对');
  return { id: row.id, noteId: row.notes!.at(-1)!.id };
};

/** An approved order waiting for a location, made from a completed one. */
const approvedOrder = (m: MockServer, storeId: string) => arrange(m.db, storeId, 'approved');
/** Where the order can be allocated: the first location with enough of every line. */
const suggestedLocation = (m: MockServer, row: OrderRow) =>
  suggestAllocation({
    lines: linesOf(m.db, row),
    destination: destinationOf(m.db, row),
    locations: candidateLocations(m.db),
    shippingStoreLocationIds: shippingStoreLocations(m.db),
  }).options[0]!.locationId;

const stockKey = { locationId: 'loc-wh-sh', productId: 'p-0001' };
const levelOf = (m: MockServer) => m.db.stockLevel(stockKey.productId, stockKey.locationId)!;
const openAlert = (m: MockServer) => [...m.db.alerts.all()].find((a) => a.state === 'open')!;

/** A parcel on its way to a customer who gave an e-mail address. */
const shippedWithEmail = (m: MockServer) =>
  m.db.orders.find((o) => o.status === 'shipped' && m.db.customerOf(o).email !== null)!;

/** Parcels in the exceptions queue: one lost, one late. */
const queued = (m: MockServer) => [
  arrangeParcel(m.db, 'lost', m.ctx.now(), { nth: 0 }),
  arrangeParcel(m.db, 'delayed', m.ctx.now(), { nth: 1 }),
];

/** A successful call of every endpoint: a new endpoint without an entry here fails to compile. */
const CALLS: Record<EndpointName, (m: MockServer) => Call[]> = {
  signIn: () => [{ user: null, body: { username: 'store.sh', password: 'demo' } }],
  currentSession: () => [{ user: 'warehouse.sh' }],
  signOut: () => [{ user: 'admin' }],
  demoAccounts: () => [{ user: null }],
  listStores: () => [{ user: 'admin' }, { user: 'manager.east' }],
  listLocations: () => [{ user: 'warehouse.sh' }, { user: 'admin' }],
  listCategories: () => [{ user: 'manager.east' }],
  listProducts: () => [
    { user: 'admin', query: { category: ['休闲零食'], q: '坚果', pageSize: 10 } },
    { user: 'store.sh' },
  ],
  listStock: () => [
    { user: 'warehouse.sh', query: { status: ['low', 'out'] } },
    { user: 'admin', query: { pageSize: 1000 } },
    { user: 'manager.east', query: { sort: '-daysOfCover', category: ['休闲零食'], q: '0' } },
  ],
  getStockLevel: () => [{ user: 'warehouse.sh', params: stockKey }],
  updateThresholds: (m) => [
    {
      user: 'manager.east',
      params: stockKey,
      body: { version: levelOf(m).version, reorderPoint: 40, targetCoverDays: 30 },
    },
  ],
  updateCategoryThresholds: () => [
    {
      user: 'admin',
      body: { category: '休闲零食', locationIds: ['loc-wh-sh', 'loc-st-xa01'], reorderPoint: 12 },
    },
  ],
  adjustStock: (m) => [
    {
      user: 'warehouse.sh',
      params: stockKey,
      body: { version: levelOf(m).version, reason: 'return_to_stock', quantity: 3, note: '退货' },
    },
  ],
  listStockChanges: (m) => {
    const level = levelOf(m);
    m.db.recordStockChange(`${level.productId}|${level.locationId}`, {
      at: new Date().toISOString(),
      actor: { id: 'u-admin', name: '陈静' },
      kind: 'thresholds',
      reason: null,
      note: null,
      category: level.category,
      changes: [{ field: 'reorderPoint', from: level.reorderPoint, to: level.reorderPoint + 1 }],
    });
    return [{ user: 'admin', params: stockKey }];
  },
  listAlerts: () => [
    { user: 'manager.east' },
    { user: 'admin', query: { state: ['cleared', 'snoozed'], level: ['out'], pageSize: 500 } },
    { user: 'warehouse.sh', query: { category: ['休闲零食'], locationId: ['loc-wh-sh'] } },
  ],
  alertSummary: () => [{ user: 'admin' }, { user: 'store.sh' }],
  acknowledgeAlert: (m) => {
    const alert = openAlert(m);
    return [{ user: 'admin', params: { id: alert.id }, body: { version: alert.version } }];
  },
  snoozeAlert: (m) => {
    const [first, second] = [...m.db.alerts.all()].filter((a) => a.state === 'open');
    const later = dayToDate(dayNumber(Date.now(), 'Asia/Shanghai') + 3);
    return [
      { user: 'admin', params: { id: first!.id }, body: { version: first!.version, until: null } },
      {
        user: 'admin',
        params: { id: second!.id },
        body: { version: second!.version, until: later },
      },
    ];
  },
  listReplenishment: () => [
    { user: 'manager.east' },
    { user: 'admin', query: { category: ['休闲零食'], q: '0', pageSize: 1000 } },
  ],
  listTags: () => [{ user: 'store.sh' }],
  createTag: () => [{ user: 'manager.east', body: { name: '复购', color: 'green' } }],
  updateTag: () => [
    {
      user: 'admin',
      params: { id: 'tag-gift' },
      body: { version: 1, name: '礼品', color: 'teal' },
    },
  ],
  deleteTag: () => [{ user: 'admin', params: { id: 'tag-presale' } }],
  listOrders: (m) => [
    { user: 'admin', query: { pageSize: 1000 } },
    { user: 'store.sh', query: { sort: '-total', status: 'completed' } },
    { user: 'warehouse.sh', query: { status: 'allocated' } },
    { user: 'admin', query: { carrier: ['SF', 'JD'], placedUpTo: '2026-11-20T00:00:00.000Z' } },
    { user: 'manager.east', query: { q: m.db.customerOf(someOrder(m)).phone.slice(-4) } },
  ],
  orderCounts: () => [
    { user: 'admin', query: { region: ['east', 'south'] } },
    { user: 'admin', query: { placedAfter: '2026-11-20T00:00:00.000Z' } },
    { user: 'store.sh' },
  ],
  getOrder: (m) =>
    ['unpaid', 'on_hold', 'allocated', 'delivered', 'completed', 'cancelled']
      .map((status) => m.db.orders.find((o) => o.status === status))
      .concat([someOrder(m)])
      .filter((o) => o !== undefined)
      .map((o) => ({ user: 'admin', params: { id: o.id } })),
  revealPhone: (m) => [{ user: 'admin', params: { id: someOrder(m).id } }],
  transitionOrder: (m) => {
    const row = pendingOrder(m);
    return [
      { user: 'admin', params: { id: row.id }, body: { action: 'approve', version: row.version } },
    ];
  },
  updateAddress: (m) => {
    const row = pendingOrder(m);
    const address = {
      recipient: '李雷',
      phone: '13900001234',
      province: '浙江省',
      city: '杭州市',
      district: '西湖区',
      detail: '文三路100号',
    };
    return [{ user: 'admin', params: { id: row.id }, body: { version: row.version, address } }];
  },
  changeOrderTags: (m) => [
    { user: 'admin', params: { id: pendingOrder(m).id }, body: { add: ['tag-urgent'] } },
  ],
  addNote: (m) => [{ user: 'admin', params: { id: someOrder(m).id }, body: { body: '已核对' } }],
  editNote: (m) => [{ user: 'admin', params: adminNote(m), body: { body: '已核对地址' } }],
  deleteNote: (m) => [{ user: 'admin', params: adminNote(m) }],
  bulkOrders: (m) => [
    {
      user: 'admin',
      body: {
        selection: { kind: 'ids', ids: [pendingOrder(m).id] },
        operation: { kind: 'approve' },
      },
    },
  ],
  getCarrierRules: () => [{ user: 'store.sh' }],
  updateCarrierRules: (m) => [
    {
      user: 'manager.east',
      body: {
        version: m.db.carrierRules.version,
        rules: [{ region: 'south', maxWeightGrams: 20_000, carrier: 'JT' }],
        fallback: 'DEPPON',
      },
    },
  ],
  listAllocationCandidates: (m) => {
    approvedOrder(m, 'st-sh01');
    return [
      { user: 'warehouse.sh' },
      { user: 'admin', query: { state: 'suggested', region: ['east'], pageSize: 100 } },
    ];
  },
  allocateOrder: (m) => {
    const row = approvedOrder(m, 'st-sh01');
    return [
      {
        user: 'admin',
        params: { id: row.id },
        body: { version: row.version, locationId: suggestedLocation(m, row), carrier: 'ZTO' },
      },
    ];
  },
  deallocateOrder: (m) => {
    const row = arrange(m.db, 'st-sh01', 'allocated');
    return [{ user: 'warehouse.sh', params: { id: row.id }, body: { version: row.version } }];
  },
  allocateOrders: (m) => {
    const row = approvedOrder(m, 'st-sh01');
    const item = {
      orderId: row.id,
      version: row.version,
      locationId: suggestedLocation(m, row),
      carrier: 'SF',
    };
    return [{ user: 'warehouse.sh', body: { items: [item] } }];
  },
  getPickList: (m) => {
    const row = arrange(m.db, 'st-sh01', 'allocated');
    return [
      { user: 'warehouse.sh', query: { locationId: 'loc-wh-sh' } },
      { user: 'admin', query: { locationId: 'loc-wh-sh', orderId: [row.id], carrier: ['SF'] } },
    ];
  },
  checkWaybills: (m) => {
    const row = arrange(m.db, 'st-sh01', 'allocated');
    const items = [
      { orderNumber: row.number, waybill: 'SF1234567890123', carrier: null },
      { orderNumber: 'SO2000010100001', waybill: 'hello', carrier: 'ZTO' },
    ];
    return [{ user: 'warehouse.sh', body: { items } }];
  },
  shipWaybills: (m) => {
    const row = arrange(m.db, 'st-sh01', 'allocated');
    const items = [{ orderNumber: row.number, waybill: 'SF1234567890123', carrier: 'SF' }];
    return [{ user: 'warehouse.sh', body: { items }, headers: { 'Idempotency-Key': 'contract' } }];
  },
  correctWaybill: (m) => {
    const row = m.db.orders.find((o) => o.status === 'shipped' && o.locationId === 'loc-wh-sh')!;
    const body = {
      version: row.version,
      waybill: 'SF1234567890123',
      carrier: 'SF',
      reason: '面单贴错包裹',
    };
    return [{ user: 'warehouse.sh', params: { id: row.id }, body }];
  },
  search: (m) => [{ user: 'admin', query: { q: someOrder(m).number } }],
  listAuditEvents: () => [{ user: 'admin' }, { user: 'admin', query: { entity: 'tag' } }],
  analyticsKpis: () => [
    { user: 'admin', query: lastMonth },
    { user: 'manager.east', query: { ...lastMonth, category: ['生鲜水果'] } },
  ],
  analyticsBreakdown: () =>
    (['region', 'province', 'store', 'category', 'status', 'carrier'] as const).map(
      (dimension) => ({
        user: 'admin',
        query: { ...lastMonth, dimension },
      }),
    ),
  analyticsTrend: () => [
    { user: 'admin', query: lastMonth },
    {
      user: 'manager.east',
      query: { ...lastMonth, granularity: 'week', storeId: ['st-sh01', 'st-hz01'] },
    },
  ],
  analyticsFunnel: () => [
    { user: 'admin', query: lastMonth },
    { user: 'manager.east', query: { ...lastMonth, region: ['east'], category: ['生鲜水果'] } },
  ],
  analyticsShipLatency: () => [
    { user: 'admin', query: lastMonth },
    { user: 'manager.east', query: { ...lastMonth, storeId: ['st-sh01'] } },
  ],
  analyticsCarriers: () => [
    { user: 'admin', query: lastMonth },
    { user: 'manager.east', query: { from: '2026-11-01', to: '2026-11-01' } },
  ],
  listTrackingExceptions: (m) => [
    { user: 'admin' },
    { user: 'store.sh', query: { kind: ['delayed', 'stale'], sort: '-waiting' } },
    { user: 'warehouse.sh', query: { carrier: ['SF', 'ZTO'], age: 'over_three_days' } },
    { user: 'manager.east', query: { q: queued(m)[0]!.number.slice(0, 8), pageSize: 200 } },
  ],
  countTrackingExceptions: () => [{ user: 'admin' }, { user: 'store.sh' }],
  resolveShipment: (m) => {
    const [first, second] = queued(m);
    const params = (row: typeof first) => ({ id: row!.id, shipmentId: row!.shipment!.id });
    return [
      {
        user: 'admin',
        params: params(first),
        body: { action: 'resolve', version: first!.version, note: '已与快递公司核实' },
        headers: { 'Idempotency-Key': 'contract-resolve' },
      },
      {
        user: 'admin',
        params: params(second),
        body: {
          action: 'contact',
          version: second!.version,
          template: 'delayed',
          channel: 'sms',
        },
      },
    ];
  },
  listNotificationTemplates: () => [{ user: 'store.sh' }],
  updateNotificationTemplate: () => [
    {
      user: 'admin',
      params: { kind: 'shipped', locale: 'zh-CN' },
      body: {
        version: 1,
        sms: '您的订单{orderNumber}已发货：{trackingLink}',
        emailSubject: '订单{orderNumber}已发货',
        emailBody: '{customerName}您好，{carrier} {waybill}，预计{eta}送达：{trackingLink}',
      },
    },
  ],
  listOrderNotifications: (m) => [{ user: 'admin', params: { id: shippedWithEmail(m).id } }],
  lookUpPublicTracking: (m) => {
    const row = shippedWithEmail(m);
    const customer = m.db.customerOf(row);
    return [
      { user: null, body: { orderNumber: row.number, email: customer.email } },
      { user: null, body: { orderNumber: row.number, phoneLast4: customer.phone.slice(-4) } },
    ];
  },
  getPublicTracking: (m) => [
    { user: null, params: { token: signTrackingToken(shippedWithEmail(m).id, Date.now()) } },
  ],
};

describe('every endpoint answers what the contract promises', () => {
  it.each(Object.keys(endpoints) as EndpointName[])('%s', async (name) => {
    const endpoint = endpoints[name];
    const calls = CALLS[name](mock);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      const headers: Record<string, string> = { ...call.headers };
      if (call.user) headers.Authorization = `Bearer ${mock.sessionFor(call.user).token}`;
      if (call.body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(urlOf(endpoint.path, call.params, call.query), {
        method: endpoint.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
      });
      expect(response.status, `${name} ${JSON.stringify(call)}`).toBeLessThan(300);
      if (endpoint.response === null) {
        expect(response.status).toBe(204);
        continue;
      }
      const parsed = safeParse(endpoint.response, await response.json());
      expect(
        parsed.success ? [] : parsed.error.issues.slice(0, 5),
        `${name} ${JSON.stringify(call)}`,
      ).toEqual([]);
    }
  });
});
