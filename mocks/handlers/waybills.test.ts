// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { Order } from '@/api/contract';
import { useMockServer } from './test-server';
import { waybillFixtures } from './waybill-fixtures';

const mock = useMockServer({ orders: 2_000 });
const {
  db,
  asWarehouse,
  asAdmin,
  asStore,
  asManager,
  ALL_STORES,
  arrange,
  zto,
  s10,
  item,
  send,
  check,
  commit,
  problemOf,
  stockOf,
} = waybillFixtures(mock);

describe('checking waybill rows', () => {
  it('names every problem of each row and saves nothing', async () => {
    const ready = arrange('allocated');
    const twice = arrange('allocated');
    const dup = [arrange('allocated'), arrange('allocated')];
    const s10Order = arrange('allocated', { carrier: 'EMS' });
    const s10Other = arrange('allocated', { carrier: 'EMS' });
    const elsewhere = arrange('allocated', { locationId: 'loc-st-hz01' });
    const southern = arrange('allocated', { locationId: 'loc-wh-gz', storeIds: ['st-gz01'] });
    const shipped = db.orders.find((o) => o.status === 'shipped' && o.locationId === 'loc-wh-sh')!;
    const usedZto = db.orders.find((o) => o.shipment?.carrier === 'ZTO')!.shipment!.waybill;
    const duplicate = zto();
    const result = await check(asWarehouse, [
      item(` ${ready.number.toLowerCase()} `, zto()),
      item(s10Order, s10(42)),
      item(arrange('allocated'), ''),
      item(arrange('allocated'), 'HELLO'),
      item(arrange('allocated'), zto(), 'SF'),
      item(s10Other, s10(43, 1), 'EMS'),
      item(dup[0]!, duplicate),
      item(dup[1]!, duplicate),
      item(twice, zto()),
      item(twice, zto()),
      item(arrange('allocated'), 'YT1234567890123'),
      item('', zto()),
      item('SO2000010100001', zto()),
      item(southern, zto()),
      item(arrange('on_hold'), zto()),
      item(arrange('cancelled'), zto()),
      item(arrange('approved'), zto()),
      item(shipped, zto()),
      item(elsewhere, zto()),
      item(arrange('allocated'), usedZto),
    ]);
    expect(result.results.map((r) => r.problems)).toEqual([
      ['pattern_only'],
      [],
      ['waybill_missing'],
      ['unknown_format'],
      ['wrong_format', 'carrier_differs'],
      ['check_digit'],
      ['pattern_only', 'duplicate_in_batch'],
      ['pattern_only', 'duplicate_in_batch'],
      ['pattern_only', 'order_twice_in_batch'],
      ['pattern_only', 'order_twice_in_batch'],
      ['pattern_only', 'carrier_differs'],
      ['pattern_only', 'order_missing'],
      ['pattern_only', 'order_unknown'],
      ['pattern_only', 'order_unknown'],
      ['pattern_only', 'order_on_hold'],
      ['pattern_only', 'order_cancelled'],
      ['pattern_only', 'order_not_allocated'],
      ['pattern_only', 'order_shipped'],
      ['pattern_only', 'other_location'],
      ['pattern_only', 'waybill_used'],
    ]);
    expect(result.succeeded).toBe(3);
    expect(result.failed).toBe(17);
    expect(result.results[0]).toMatchObject({
      row: 0,
      orderId: ready.id,
      orderNumber: ready.number,
      carrier: 'ZTO',
      allocatedCarrier: 'ZTO',
      shipped: false,
      shipmentId: null,
    });
    // An order out of the user's scope is not revealed, not even its id.
    expect(result.results[13]!.orderId).toBeNull();
    expect(db.order(ready.id)).toMatchObject({ status: 'allocated', shipment: null });
  });

  it('checks a number against the allocated carrier when the row names none and it fits', async () => {
    const row = arrange('allocated', { carrier: 'SF' });
    // Twelve digits are SF's older format and also FedEx's: the allocated SF is the likelier.
    const result = await check(asWarehouse, [item(row, '1234 5678 9012')]);
    expect(result.results[0]).toMatchObject({
      waybill: '123456789012',
      carrier: 'SF',
      problems: ['pattern_only'],
    });
  });

  it('is for the people who ship: store staff and managers are refused', async () => {
    const row = arrange('allocated');
    for (const call of [asStore, asManager]) {
      expect(
        (await problemOf(await send(call, '/waybills/check', [item(row, zto())]), 403)).code,
      ).toBe('forbidden');
      const response = await send(call, '/waybills/commit', [item(row, zto())], 'k');
      expect((await problemOf(response, 403)).code).toBe('forbidden');
    }
    expect(db.order(row.id)!.status).toBe('allocated');
  });
});

describe('committing waybill rows', () => {
  it('ships the order: shipment, stock deduction, timeline, audit and search', async () => {
    const row = arrange('allocated');
    const before = stockOf(row);
    const quantity = row.lines[1]!;
    const waybill = zto();
    const result = await commit(asWarehouse, [item(row, waybill.replace(/(\d{4})/g, '$1 '))]);
    expect(result).toMatchObject({ succeeded: 1, failed: 0 });
    expect(result.results[0]).toMatchObject({
      orderId: row.id,
      waybill,
      carrier: 'ZTO',
      problems: ['pattern_only'],
      shipped: true,
    });

    const after = stockOf(row);
    expect(after.onHand).toBe(before.onHand - quantity);
    expect(after.reserved).toBe(before.reserved - quantity);
    expect(after.available).toBe(before.available);

    const order = Order.parse(await (await asWarehouse(`/orders/${row.id}`)).json());
    expect(order.status).toBe('shipped');
    expect(order.version).toBe(row.version + 1);
    expect(order.shipments).toEqual([
      expect.objectContaining({
        id: result.results[0]!.shipmentId,
        locationId: 'loc-wh-sh',
        carrier: 'ZTO',
        waybill,
        trackingStatus: 'info_received',
        deliveredAt: null,
      }),
    ]);
    expect(Date.parse(order.shipments[0]!.eta ?? '')).toBeGreaterThan(Date.now());
    expect(order.shipments[0]!.events).toEqual([
      {
        at: order.shipments[0]!.shippedAt,
        status: 'info_received',
        code: 'label_created',
        place: '上海市',
        text: '快递公司已收到运单信息，等待快递员揽收',
      },
    ]);
    expect(order.timeline.at(-1)).toMatchObject({
      kind: 'shipped',
      actor: { name: '李强' },
      data: { carrier: 'ZTO', waybill },
    });
    expect(db.audit[0]).toMatchObject({
      action: 'order.shipped',
      entityId: row.id,
      detail: { waybill, carrier: 'ZTO' },
    });
    const search = await (await asWarehouse(`/search?q=${waybill}`)).json();
    expect(search.hits).toEqual([expect.objectContaining({ orderId: row.id, matched: 'waybill' })]);
    expect(db.exportOverlay().orders[row.id]?.status).toBe('shipped');
  });

  it('a replay with the same key answers the first answer and ships nothing twice', async () => {
    const rows = [arrange('allocated'), arrange('allocated')];
    const items = rows.map((row) => item(row, zto()));
    const key = crypto.randomUUID();
    const first = await commit(asWarehouse, items, key);
    const stock = stockOf(rows[0]!);
    const versions = rows.map((row) => db.order(row.id)!.version);
    const auditCount = db.audit.length;

    const replay = await commit(asWarehouse, items, key);
    expect(replay).toEqual(first);
    expect(replay.results.every((r) => r.shipped)).toBe(true);
    expect(stockOf(rows[0]!)).toEqual(stock);
    expect(rows.map((row) => db.order(row.id)!.version)).toEqual(versions);
    expect(db.audit.length).toBe(auditCount);
    const timeline = Order.parse(
      await (await asWarehouse(`/orders/${rows[0]!.id}`)).json(),
    ).timeline;
    expect(timeline.filter((e) => e.kind === 'shipped')).toHaveLength(1);

    const reused = await send(asWarehouse, '/waybills/commit', [items[0]!], key);
    expect((await problemOf(reused, 422)).errors?.[0]?.code).toBe('reused');
  });

  it('needs an Idempotency-Key', async () => {
    const row = arrange('allocated');
    const response = await send(asWarehouse, '/waybills/commit', [item(row, zto())]);
    expect((await problemOf(response, 422)).errors?.[0]).toMatchObject({
      field: 'Idempotency-Key',
      code: 'required',
    });
    expect(db.order(row.id)!.status).toBe('allocated');
  });

  it('a number shipped once is used: on a later commit and later in the same commit', async () => {
    const [a, b, c, d] = [1, 2, 3, 4].map(() => arrange('allocated'));
    const first = zto();
    await commit(asWarehouse, [item(a!, first)]);
    const again = await commit(asWarehouse, [item(b!, first), item(a!, zto())]);
    expect(again.results.map((r) => [r.problems, r.shipped])).toEqual([
      [['pattern_only', 'waybill_used'], false],
      [['pattern_only', 'order_shipped'], false],
    ]);
    expect(again).toMatchObject({ succeeded: 0, failed: 2 });
    // The same order typed two ways is one order twice; one number in two cases is one number.
    const second = zto();
    const sameOrder = await commit(asWarehouse, [
      item(c!, second),
      item(`${c!.number.slice(0, 8)} ${c!.number.slice(8)}`, zto()),
      item(d!, second.toLowerCase()),
    ]);
    expect(sameOrder.results.map((r) => r.shipped)).toEqual([false, false, false]);
    expect(sameOrder.results[0]!.problems).toContain('duplicate_in_batch');
  });

  it('warnings ship: a carrier other than the allocated one becomes the order carrier', async () => {
    const row = arrange('allocated', { carrier: 'ZTO' });
    const result = await commit(asWarehouse, [item(row, 'YT1234567890123', 'YTO')]);
    expect(result.results[0]).toMatchObject({
      problems: ['pattern_only', 'carrier_differs'],
      allocatedCarrier: 'ZTO',
      carrier: 'YTO',
      shipped: true,
    });
    expect(db.order(row.id)).toMatchObject({ carrier: 'YTO', shipment: { carrier: 'YTO' } });
  });

  it('ships only from the user’s own locations; an admin ships from any', async () => {
    const elsewhere = arrange('allocated', { locationId: 'loc-st-hz01' });
    const refused = await commit(asWarehouse, [item(elsewhere, zto())]);
    expect(refused.results[0]).toMatchObject({ problems: ['pattern_only', 'other_location'] });
    expect(db.order(elsewhere.id)!.status).toBe('allocated');
    const shipped = await commit(asAdmin, [item(elsewhere, zto())]);
    expect(shipped.results[0]!.shipped).toBe(true);
    expect(db.order(elsewhere.id)!.shipment!.locationId).toBe('loc-st-hz01');
  });

  it('commits 1,000 rows in one request', async () => {
    const rows = Array.from({ length: 1_000 }, () =>
      arrange('allocated', { carrier: 'EMS', storeIds: ALL_STORES }),
    );
    const items = rows.map((row, i) => item(row, s10(10_000 + i)));
    items[500] = item(rows[500]!, s10(10_500, 3));
    const started = performance.now();
    const result = await commit(asWarehouse, items);
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ succeeded: 999, failed: 1 });
    expect(result.results[500]).toMatchObject({ shipped: false, problems: ['check_digit'] });
    expect(rows.filter((row) => db.order(row.id)!.status === 'shipped')).toHaveLength(999);
    // Generous: what is measured here is a small table; the 200k-order figure is in the report.
    expect(elapsed).toBeLessThan(2_000);
  });
});
