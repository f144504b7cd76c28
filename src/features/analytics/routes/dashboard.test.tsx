import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { AnalyticsQuery } from '@/api/contract/analytics';
import { createRestBackend } from '@/api/rest/client';
import { currentToken } from '@/api/session-store';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import { present } from '@/testing/present';
import { mockServer } from '@/testing/mock-server';
import { renderApp, TEST_API_BASE, type DemoUsername } from '@/testing/render-app';
import { analyticsQueryOf, parseAnalyticsParams } from '../lib/filters';

const TIME_ZONE = 'Asia/Shanghai';
const LOAD = { timeout: 5000 };

/** The backend the app talks to, as the signed-in user. */
const backend = () => createRestBackend({ baseUrl: TEST_API_BASE, getToken: currentToken });

/** The query the page sends for a URL's search, worked out the page's way. */
const queryFor = (search: string): AnalyticsQuery =>
  analyticsQueryOf(parseAnalyticsParams(new URLSearchParams(search)), TIME_ZONE, new Date());

async function openDashboard(search: string, as: DemoUsername = 'admin') {
  const app = await renderApp({ route: `/analytics${search}`, as });
  await screen.findByRole('heading', { name: '订单数' }, LOAD);
  return app;
}

function card(name: string): HTMLElement {
  return present(screen.getByRole('heading', { name }).closest('article'), `the ${name} card`);
}

/** A card's big figure. */
const figure = (name: string) => card(name).querySelector('p')?.textContent;

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const dayBox = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const searchOf = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);

describe('analytics dashboard', () => {
  it('shows the figures the backend answers for the filters, against the previous period', async () => {
    const search = '?range=7d&region=east';
    await openDashboard(search);
    const { current, previous } = await backend().analyticsKpis({ query: queryFor(search) });
    const money = (m: { amount: number; currency: string }) =>
      formatMoney(m.amount, 'zh-CN', m.currency);

    await waitFor(() => expect(figure('订单数')).toBe(formatNumber(current.orders, 'zh-CN')));
    expect(figure('成交额（GMV）')).toBe(money(current.gmv));
    expect(card('成交额（GMV）')).toHaveTextContent(`上一周期 ${money(previous.gmv)}`);
    expect(figure('客单价')).toBe(money(current.averageOrderValue));
    expect(figure('取消率')).toBe(formatPercent(current.cancellationRate, 'zh-CN'));
    expect(figure('退款率')).toBe(formatPercent(current.refundRate, 'zh-CN'));
    expect(figure('24 小时内发货率')).toBe(formatPercent(current.shippedWithin24hRate, 'zh-CN'));
    expect(
      within(card('成交额（GMV）')).getByText(
        /较上一周期(上升|下降)|与上一周期持平|上一周期没有可比数据/,
      ),
    ).toHaveClass('sr-only');
  });

  it('says when the figures failed to load, and loads them again on retry', async () => {
    mockServer().use(
      http.get(
        '*/api/analytics/kpis',
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' },
            { status: 503, headers: { 'content-type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    const { user } = await renderApp({ route: '/analytics', as: 'manager.east' });
    const figures = await screen.findByRole('region', { name: '关键指标' }, LOAD);
    const retry = await within(figures).findByRole('button', { name: '重试' }, LOAD);
    await user.click(retry);
    expect(await within(figures).findByRole('heading', { name: '订单数' }, LOAD)).toBeVisible();
  });

  it('says which days it covers and what it compares them with', async () => {
    await openDashboard('?range=custom&from=2026-03-01&to=2026-03-31');
    expect(
      screen.getByText(
        '2026-03-01 至 2026-03-31（31 天），与前一个同长度周期 2026-01-29 至 2026-02-28 对比',
      ),
    ).toBeInTheDocument();
  });

  it('writes each filter into the URL', async () => {
    const { user, router } = await openDashboard('');
    expect(select('统计周期')).toHaveValue('30d');

    await user.selectOptions(select('统计周期'), '近 7 天');
    expect(searchOf(router).get('range')).toBe('7d');

    await user.selectOptions(select('区域'), '华东');
    expect(searchOf(router).get('region')).toBe('east');

    // Only the chosen region's stores are offered.
    const { items: stores } = await backend().listStores({});
    const east = stores.filter((s) => s.region === 'east');
    const storeNames = within(select('门店'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(storeNames).toEqual(['全部门店', ...east.map((s) => s.name)]);
    const store = present(east[0], 'a store in the east');
    await user.selectOptions(select('门店'), store.name);
    expect(searchOf(router).get('storeId')).toBe(store.id);

    const { items: categories } = await backend().listCategories({});
    const category = present(categories[1], 'a second category').name;
    await user.selectOptions(select('品类'), category);
    expect(searchOf(router).get('category')).toBe(category);

    await user.selectOptions(select('统计周期'), '自定义');
    await user.clear(dayBox('开始日期'));
    await user.type(dayBox('开始日期'), '2026-02-01');
    expect(searchOf(router).get('range')).toBe('custom');
    expect(searchOf(router).get('from')).toBe('2026-02-01');
    expect(searchOf(router).get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('restores the controls on a fresh start at a filtered URL, and resets them', async () => {
    await openDashboard('');
    const { items: stores } = await backend().listStores({});
    const store = present(
      stores.find((s) => s.region === 'south'),
      'a store in the south',
    );
    const { items: categories } = await backend().listCategories({});
    const category = present(categories[2], 'a third category').name;
    const search = new URLSearchParams({
      range: 'custom',
      from: '2026-02-01',
      to: '2026-02-20',
      region: 'south',
      storeId: store.id,
      category,
    });
    cleanup();

    const { user, router } = await openDashboard(`?${search.toString()}`);
    expect(router.state.location.search).toBe(`?${search.toString()}`);
    expect(select('统计周期')).toHaveValue('custom');
    expect(dayBox('开始日期')).toHaveValue('2026-02-01');
    expect(dayBox('结束日期')).toHaveValue('2026-02-20');
    expect(select('区域')).toHaveValue('south');
    await waitFor(() => expect(select('门店')).toHaveValue(store.id));
    await waitFor(() => expect(select('品类')).toHaveValue(category));

    await user.click(screen.getByRole('button', { name: '重置筛选' }));
    expect(router.state.location.search).toBe('');
    expect(select('统计周期')).toHaveValue('30d');
    expect(select('区域')).toHaveValue('');
    expect(select('门店')).toHaveValue('');
    expect(select('品类')).toHaveValue('');
  });

  it('names a custom range the backend would refuse, and does not ask for it', async () => {
    const asked: URL[] = [];
    mockServer().events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/analytics/kpis')) asked.push(url);
    });
    const { user } = await openDashboard('?range=custom&from=2026-03-10&to=2026-03-01');
    expect(await screen.findByText('结束日期不能早于开始日期')).toHaveAttribute('role', 'alert');
    expect(dayBox('结束日期')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(dayBox('开始日期'));
    await user.type(dayBox('开始日期'), '2024-01-01');
    expect(screen.getByText('统计周期最长 400 天')).toHaveAttribute('role', 'alert');

    await user.clear(dayBox('开始日期'));
    await user.type(dayBox('开始日期'), '2026-02-01');
    expect(screen.queryByText(/结束日期不能早于开始日期|统计周期最长/)).not.toBeInTheDocument();
    expect(dayBox('结束日期')).not.toHaveAttribute('aria-invalid');
    await waitFor(() =>
      expect(asked.some((url) => url.searchParams.get('from') === '2026-02-01')).toBe(true),
    );
    expect(
      asked.filter((url) =>
        ['2026-03-10', '2024-01-01'].includes(url.searchParams.get('from') ?? ''),
      ),
    ).toEqual([]);
    mockServer().events.removeAllListeners();
  });

  it('offers a manager only their own region’s stores, an admin every region', async () => {
    await openDashboard('', 'manager.east');
    expect(screen.queryByRole('combobox', { name: '区域' })).not.toBeInTheDocument();
    const { items: managerStores } = await backend().listStores({});
    expect(managerStores.every((s) => s.region === 'east')).toBe(true);
    await waitFor(() =>
      expect(
        within(select('门店'))
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['全部门店', ...managerStores.map((s) => s.name)]),
    );
    cleanup();

    await openDashboard('', 'admin');
    expect(
      within(select('区域'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['全部区域', '华东', '华南', '华北', '华中', '西南', '西北', '东北']);
  });

  it('links the orders card to the orders list for the same days and filters', async () => {
    const { router } = await openDashboard('');
    const { items: stores } = await backend().listStores({});
    const store = present(stores[0], 'a store');
    const search = `?range=month&region=${store.region}&storeId=${store.id}&category=饮料`;
    await router.navigate(`/analytics${search}`);
    const query = queryFor(search);
    const link = within(card('订单数')).getByRole('link', { name: '查看这些订单' });
    const target = new URL(present(link.getAttribute('href'), 'the link'), 'http://localhost');
    expect(target.pathname).toBe('/orders');
    expect(Object.fromEntries(target.searchParams)).toEqual({
      from: query.from,
      to: query.to,
      region: store.region,
      storeId: store.id,
      category: '饮料',
    });
  });
});
