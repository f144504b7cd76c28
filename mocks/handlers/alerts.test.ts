// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders and alerts known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { snoozeUntil } from '@/domain/inventory/alerts';
import { linesOf } from '../db/allocation';
import { DAY, dayNumber, dayToDate } from '../db/time';
import { allocation, approvedOrder, stockUp } from './allocation-fixtures';
import { alertOf, alertsOf, setLevel, summaryOf } from './inventory-fixtures';
import { arrange, orderOf, problemOf, send } from './order-fixtures';
import { authed, useMockServer } from './test-server';

const mock = useMockServer();
const { db } = mock;

const asAdmin = authed(mock, 'admin');
const asManager = authed(mock, 'manager.east');
const asWarehouse = authed(mock, 'warehouse.sh');
const asStore = authed(mock, 'store.sh');

const HZ = 'loc-st-hz01';

/** An approved Hangzhou order allocated at the Hangzhou store, taking the last units of its first line. */
async function allocateLastUnits() {
  const row = approvedOrder(db, 'st-hz01');
  stockUp(db, row, HZ);
  const line = linesOf(db, row)[0]!;
  setLevel(db, line.productId, HZ, { available: line.quantity, reorderPoint: 1 });
  expect(db.alerts.liveFor(line.productId, HZ)).toBeUndefined();
  const order = await orderOf(await allocation(asAdmin, row, { locationId: HZ, carrier: 'SF' }));
  return { order, productId: line.productId };
}

const dateAhead = (days: number) => dayToDate(dayNumber(mock.ctx.now(), 'Asia/Shanghai') + days);

describe('alerts follow every stock change', () => {
  it('allocating the last units raises an out alert that managers and admins in scope see', async () => {
    const before = await summaryOf(asManager);
    const { productId } = await allocateLastUnits();

    const seen = await alertOf(asManager, productId, HZ);
    expect(seen).toMatchObject({
      level: 'out',
      state: 'open',
      available: 0,
      locationName: '杭州湖滨店',
    });
    expect((await alertOf(asAdmin, productId, HZ))?.id).toBe(seen!.id);
    expect(await summaryOf(asManager)).toMatchObject({
      open: before.open + 1,
      openOut: before.openOut + 1,
    });

    // The Shanghai warehouse's operator and a store's staff have no Hangzhou in their scope.
    expect(await alertOf(asWarehouse, productId, HZ)).toBeUndefined();
    expect((await alertsOf(asStore)).length).toBe(0);
    const refused = await send(asWarehouse, `/alerts/${seen!.id}/acknowledgement`, {
      version: seen!.version,
    });
    expect((await problemOf(refused, 403)).code).toBe('out_of_scope');
  });

  it('deallocating gives the units back and clears the alert, which stays in the history', async () => {
    const { order, productId } = await allocateLastUnits();
    const raised = (await alertOf(asManager, productId, HZ))!;
    await orderOf(
      await send(asAdmin, `/orders/${order.id}/deallocation`, { version: order.version }),
    );

    const live = await alertsOf(asManager, `&locationId=${HZ}`);
    expect(live.find((a) => a.id === raised.id)).toBeUndefined();
    const cleared = await alertsOf(asManager, `&locationId=${HZ}&state=cleared`);
    expect(cleared.find((a) => a.id === raised.id)).toMatchObject({
      state: 'cleared',
      version: raised.version + 1,
    });
    expect(cleared.find((a) => a.id === raised.id)?.clearedAt).not.toBeNull();
  });

  it('cancelling an allocated order clears the alert its allocation raised', async () => {
    const { order, productId } = await allocateLastUnits();
    const cancel = {
      action: 'cancel',
      reason: 'customer_request',
      note: '',
      version: order.version,
    };
    await orderOf(await send(asAdmin, `/orders/${order.id}/transitions`, cancel));
    expect((await alertOf(asManager, productId, HZ))?.state).toBe('cleared');
  });

  it('shipping keeps an out alert (nothing more is available); a return to stock clears it', async () => {
    const row = arrange(db, 'st-sh01', 'allocated');
    const line = linesOf(db, row)[0]!;
    setLevel(db, line.productId, 'loc-wh-sh', { available: 0 });
    const raised = (await alertOf(asWarehouse, line.productId, 'loc-wh-sh'))!;
    expect(raised).toMatchObject({ level: 'out', state: 'open' });

    const items = [{ orderNumber: row.number, waybill: 'SF1234567890123', carrier: 'SF' }];
    const shipped = await asWarehouse('/waybills/commit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'alerts-ship' },
      body: JSON.stringify({ items }),
    });
    expect(shipped.status, await shipped.clone().text()).toBe(200);
    const level = db.stockLevel(line.productId, 'loc-wh-sh')!;
    expect(await alertOf(asWarehouse, line.productId, 'loc-wh-sh')).toMatchObject({
      id: raised.id,
      level: 'out',
      state: 'open',
    });

    const adjust = {
      version: level.version,
      reason: 'return_to_stock',
      quantity: level.reorderPoint + 5,
    };
    const adjusted = await send(
      asWarehouse,
      `/stock/loc-wh-sh/${line.productId}/adjustments`,
      adjust,
    );
    expect(adjusted.status, await adjusted.clone().text()).toBe(200);
    expect(await alertOf(asWarehouse, line.productId, 'loc-wh-sh')).toMatchObject({
      id: raised.id,
      state: 'cleared',
    });
  });
});

describe('acknowledging and snoozing', () => {
  it('acknowledges an open alert; a stale version or a cleared alert is refused with 409', async () => {
    const { order, productId } = await allocateLastUnits();
    const open = (await alertOf(asManager, productId, HZ))!;
    const before = await summaryOf(asManager);
    const response = await send(asManager, `/alerts/${open.id}/acknowledgement`, {
      version: open.version,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      state: 'acknowledged',
      acknowledged: { by: { name: '王芳' } },
      version: open.version + 1,
    });
    expect(await summaryOf(asManager)).toMatchObject({
      open: before.open - 1,
      acknowledged: before.acknowledged + 1,
    });
    const stale = await send(asAdmin, `/alerts/${open.id}/acknowledgement`, {
      version: open.version,
    });
    expect((await problemOf(stale, 409)).code).toBe('version_conflict');

    await orderOf(
      await send(asAdmin, `/orders/${order.id}/deallocation`, { version: order.version }),
    );
    const cleared = (await alertOf(asManager, productId, HZ))!;
    const late = await send(asManager, `/alerts/${open.id}/acknowledgement`, {
      version: cleared.version,
    });
    expect((await problemOf(late, 409)).code).toBe('wrong_state');
  });

  it('a snooze until a date hides the alert from the open ones until that day begins', async () => {
    const { productId } = await allocateLastUnits();
    const open = (await alertOf(asManager, productId, HZ))!;
    const until = dateAhead(3);
    const response = await send(asManager, `/alerts/${open.id}/snooze`, {
      version: open.version,
      until,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const snoozed = (await response.json()) as { snoozed: { until: string } };
    expect(Date.parse(snoozed.snoozed.until)).toBe(snoozeUntil(until, 'Asia/Shanghai'));
    const onlyOpen = `&locationId=${HZ}&state=open`;
    expect((await alertsOf(asManager, onlyOpen)).map((a) => a.id)).not.toContain(open.id);

    const realNow = mock.ctx.now;
    try {
      // Sessions expire: sign in again at each moment.
      mock.ctx.now = () => snoozeUntil(until, 'Asia/Shanghai') - 1;
      const justBefore = authed(mock, 'manager.east');
      expect((await alertOf(justBefore, productId, HZ))?.state).toBe('snoozed');
      mock.ctx.now = () => snoozeUntil(until, 'Asia/Shanghai');
      const thatDay = authed(mock, 'manager.east');
      expect((await alertsOf(thatDay, onlyOpen)).map((a) => a.id)).toContain(open.id);
      expect(await alertOf(thatDay, productId, HZ)).toMatchObject({
        state: 'open',
        snoozed: null,
      });
    } finally {
      mock.ctx.now = realNow;
    }
  });

  it('refuses a snooze date that is not after today there or is more than 90 days ahead', async () => {
    const { productId } = await allocateLastUnits();
    const open = (await alertOf(asManager, productId, HZ))!;
    for (const until of [dateAhead(0), dateAhead(91)]) {
      const response = await send(asManager, `/alerts/${open.id}/snooze`, {
        version: open.version,
        until,
      });
      const problem = await problemOf(response, 422);
      expect(problem.errors?.[0]?.field).toBe('until');
    }
  });

  it('a snooze until the level changes ends when low turns out; a date snooze does not', async () => {
    const productIds = db.products.slice(0, 2).map((p) => p.id);
    const alerts = [];
    for (const productId of productIds) {
      setLevel(db, productId, HZ, { available: 1, reorderPoint: 5 });
      alerts.push((await alertOf(asManager, productId, HZ))!);
    }
    expect(alerts.map((a) => [a.level, a.state])).toEqual([
      ['low', 'open'],
      ['low', 'open'],
    ]);
    const [untilChange, untilDate] = alerts as [(typeof alerts)[0], (typeof alerts)[0]];
    await send(asManager, `/alerts/${untilChange.id}/snooze`, {
      version: untilChange.version,
      until: null,
    });
    await send(asManager, `/alerts/${untilDate.id}/snooze`, {
      version: untilDate.version,
      until: dateAhead(2),
    });
    expect((await alertOf(asManager, productIds[0]!, HZ))?.state).toBe('snoozed');

    for (const productId of productIds) setLevel(db, productId, HZ, { available: 0 });
    expect(await alertOf(asManager, productIds[0]!, HZ)).toMatchObject({
      id: untilChange.id,
      level: 'out',
      state: 'open',
      snoozed: null,
    });
    expect(await alertOf(asManager, productIds[1]!, HZ)).toMatchObject({
      id: untilDate.id,
      level: 'out',
      state: 'snoozed',
    });
  });
});

describe('seeded alerts', () => {
  it('exist for every low or out level, raised in the last days, some acknowledged or snoozed', async () => {
    const all = await alertsOf(asAdmin);
    expect(all.length).toBeGreaterThan(100);
    for (const alert of all.slice(0, 50)) {
      const level = db.stockLevel(alert.productId, alert.locationId)!;
      expect(level.status).toBe(alert.level);
      expect(mock.ctx.now() - Date.parse(alert.raisedAt)).toBeLessThan(6 * DAY);
    }
    const states = new Set(all.map((a) => a.state));
    expect([...states].sort()).toEqual(['acknowledged', 'open', 'snoozed']);
    const dates = all.map((a) => a.levelChangedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
