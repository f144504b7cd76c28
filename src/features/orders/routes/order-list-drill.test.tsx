import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrderFilterQuery } from '@/api/contract/orders';
import { createRestBackend } from '@/api/rest/client';
import { currentToken } from '@/api/session-store';
import { tableRowTexts } from '@/components/table/test-rows';
import { dateInTimeZone, formatNumber } from '@/lib/format';
import { mockServer } from '@/testing/mock-server';
import { renderApp, TEST_API_BASE, type TestRouter } from '@/testing/render-app';
import { shiftDay } from '@/lib/calendar-days';

const searchOf = (router: TestRouter) => new URLSearchParams(router.state.location.search);

// The days the mock's orders cover, counted as the list counts them: in the store time zone.
const TO = dateInTimeZone(new Date(), 'Asia/Shanghai');
const FROM = shiftDay(TO, -59);

/** What a chart drills into: an east province, a main category, shipped or further, by SF. */
const DRILL: OrderFilterQuery = {
  from: FROM,
  to: TO,
  province: ['浙江省'],
  category: ['数码配件'],
  reached: 'shipped',
  carrier: ['SF'],
};
const DRILL_URL = `/orders?from=${FROM}&to=${TO}&province=${encodeURIComponent('浙江省')}&category=${encodeURIComponent('数码配件')}&reached=shipped&carrier=SF`;

/** How many orders the backend counts for a filter, for the signed-in user. */
async function backendCount(filter: OrderFilterQuery): Promise<number> {
  const backend = createRestBackend({ baseUrl: TEST_API_BASE, getToken: currentToken });
  const page = await backend.listOrders({
    query: { ...filter, status: 'all', sort: '-placedAt', page: 1, pageSize: 1 },
  });
  return page.total;
}

let orderRequests: URLSearchParams[];

beforeEach(() => {
  orderRequests = [];
  // Records what the list and the export ask for, then lets the mock backend answer.
  mockServer().use(
    http.get(`${TEST_API_BASE}/orders`, ({ request }) => {
      orderRequests.push(new URL(request.url).searchParams);
      return undefined;
    }),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
});

const chipTexts = () =>
  within(screen.getByRole('list', { name: '当前筛选' }))
    .getAllByRole('listitem')
    .map((chip) => chip.textContent);

describe('order list opened from an analytics drill-down', () => {
  it('shows each drill-down filter as a chip and counts what the backend counts for it', async () => {
    const { user, router } = await renderApp({ route: DRILL_URL, as: 'manager.east' });
    const expected = await backendCount(DRILL);
    expect(expected).toBeGreaterThan(0);

    await screen.findByText(`共 ${formatNumber(expected, 'zh-CN')} 个订单`, undefined, {
      timeout: 8000,
    });
    expect(chipTexts()).toEqual([
      `下单日期:${FROM} – ${TO}`,
      '省份:浙江省',
      '主品类:数码配件',
      '进度:已发货及之后',
      '承运商:顺丰速运',
    ]);
    for (const row of tableRowTexts('订单列表')) expect(row.join(' ')).toContain('顺丰速运');
    const listRequest = orderRequests.at(-1);
    expect(listRequest?.get('province')).toBe('浙江省');
    expect(listRequest?.get('category')).toBe('数码配件');
    expect(listRequest?.get('reached')).toBe('shipped');
    expect(listRequest?.get('carrier')).toBe('SF');

    // Removing a chip drops that filter alone, and the list counts again.
    await user.click(screen.getByRole('button', { name: '移除筛选：主品类 数码配件' }));
    expect(searchOf(router).get('category')).toBeNull();
    expect(searchOf(router).get('province')).toBe('浙江省');
    expect(searchOf(router).get('reached')).toBe('shipped');
    expect(searchOf(router).get('carrier')).toBe('SF');
    const withoutCategory = await backendCount({ ...DRILL, category: undefined });
    expect(withoutCategory).toBeGreaterThan(expected);
    await screen.findByText(`共 ${formatNumber(withoutCategory, 'zh-CN')} 个订单`, undefined, {
      timeout: 8000,
    });
    expect(chipTexts()).not.toContain('主品类:数码配件');

    // "Clear" removes the drill-down filters too.
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    for (const key of ['from', 'to', 'province', 'reached', 'carrier'])
      expect(searchOf(router).get(key)).toBeNull();
    expect(screen.queryByRole('list', { name: '当前筛选' })).not.toBeInTheDocument();
  }, 40_000);

  it('names a payment-to-shipment bucket and offers the carrier among the more filters', async () => {
    const { user, router } = await renderApp({
      route: `/orders?from=${FROM}&to=${TO}&shipLatency=24-48&carrier=JD`,
      as: 'manager.east',
    });
    await screen.findByText(/^共 [\d,]+ 个订单$/, undefined, { timeout: 8000 });
    expect(chipTexts()).toEqual([
      `下单日期:${FROM} – ${TO}`,
      '付款到发货:24–48 小时',
      '承运商:京东物流',
    ]);

    const carrier = screen.getByRole('combobox', { name: '承运商' });
    expect(carrier).toHaveValue('JD');
    await user.selectOptions(carrier, 'SF');
    expect(searchOf(router).get('carrier')).toBe('SF');
    expect(searchOf(router).get('shipLatency')).toBe('24-48');
    await waitFor(() => expect(chipTexts()).toContain('承运商:顺丰速运'));

    await user.click(screen.getByRole('button', { name: '移除筛选：付款到发货 24–48 小时' }));
    expect(searchOf(router).get('shipLatency')).toBeNull();
    expect(searchOf(router).get('carrier')).toBe('SF');
  }, 30_000);

  it('exports exactly the drilled orders', async () => {
    const files: Blob[] = [];
    // jsdom neither makes object URLs nor downloads; the test keeps what the browser would save.
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) files.push(blob);
      return `blob:test/${files.length}`;
    };
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    const { user } = await renderApp({ route: DRILL_URL, as: 'manager.east' });
    const expected = await backendCount(DRILL);
    await screen.findByText(`共 ${formatNumber(expected, 'zh-CN')} 个订单`, undefined, {
      timeout: 8000,
    });

    await user.click(screen.getByRole('button', { name: '导出' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    orderRequests = [];
    await user.click(within(dialog).getByRole('button', { name: '开始导出' }));
    await within(dialog).findByRole('link', { name: /如果下载没有开始/ }, { timeout: 8000 });

    const text = new TextDecoder().decode(await files[0]?.arrayBuffer());
    // The header, one line per order, and the closing line break.
    expect(text.split('\r\n')).toHaveLength(expected + 2);
    for (const request of orderRequests) {
      expect(request.get('province')).toBe('浙江省');
      expect(request.get('category')).toBe('数码配件');
      expect(request.get('reached')).toBe('shipped');
      expect(request.get('carrier')).toBe('SF');
    }
    expect(orderRequests.length).toBeGreaterThan(0);
  }, 40_000);
});
