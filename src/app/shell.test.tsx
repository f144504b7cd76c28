import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRestBackend } from '@/api/rest/client';
import { currentToken, useSessionStore } from '@/api/session-store';
import { getMockServer } from '@/testing/mock-server';
import { TEST_API_BASE, currentUrl, renderApp } from '@/testing/render-app';

async function anyOrder() {
  const backend = createRestBackend({
    baseUrl: TEST_API_BASE,
    getToken: () => getMockServer().sessionFor('admin').token,
  });
  const page = await backend.listOrders({ query: { pageSize: 1 } });
  const order = page.items[0];
  if (!order) throw new Error('the mock backend has no orders');
  return order;
}

describe('layout', () => {
  it('shows a 404 page for an unknown address', async () => {
    await renderApp({ route: '/no-such-page', as: 'admin' });
    expect(await screen.findByRole('heading', { name: '页面不存在' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
  });

  it('shows 403 when a role opens an area it may not use', async () => {
    await renderApp({ route: '/analytics', as: 'store.sh' });
    expect(await screen.findByRole('heading', { name: '无权访问' })).toBeInTheDocument();
    expect(screen.getByText('您的角色（门店员工）不能使用“数据分析”。')).toBeInTheDocument();
  });

  it('collapses the sidebar to icons and remembers it', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'admin' });
    await user.click(await screen.findByRole('button', { name: '收起侧边栏' }));
    expect(screen.getByRole('button', { name: '展开侧边栏' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    // The labels stay for screen readers when only icons show.
    expect(
      within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', {
        name: '设置',
      }),
    ).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('order-desk.preferences') ?? '{}')).toMatchObject({
      state: { sidebarCollapsed: true },
    });
  });
});

describe('locale switcher', () => {
  it('changes the visible text and the document language, and keeps the choice', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'admin' });
    expect(await screen.findByRole('link', { name: '订单' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /切换语言/ }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'English' }));

    expect(await screen.findByRole('link', { name: 'Orders' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(JSON.parse(localStorage.getItem('order-desk.preferences') ?? '{}')).toMatchObject({
      state: { locale: 'en' },
    });

    await user.click(screen.getByRole('button', { name: /Change language/ }));
    await user.click(await screen.findByRole('menuitemradio', { name: '繁體中文' }));
    expect(await screen.findByRole('link', { name: '訂單' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-TW');
  });
});

describe('global search', () => {
  it('opens the order whose number was entered', async () => {
    const order = await anyOrder();
    const { user, router } = await renderApp({ route: '/settings', as: 'admin' });

    await user.type(
      await screen.findByRole('searchbox', { name: '按订单号或运单号查找订单' }),
      `${order.number}{Enter}`,
    );

    await waitFor(() => expect(currentUrl(router)).toBe(`/orders/${order.id}`));
  });

  it('says so when no order has that number', async () => {
    const { user, router } = await renderApp({ route: '/settings', as: 'admin' });

    await user.type(
      await screen.findByRole('searchbox', { name: '按订单号或运单号查找订单' }),
      'SO0000000000000{Enter}',
    );

    expect(
      await screen.findByText('没有订单号或运单号为“SO0000000000000”的订单'),
    ).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/settings');
  });

  it('is focused by the / key', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'admin' });
    const search = await screen.findByRole('searchbox', { name: '按订单号或运单号查找订单' });

    await user.keyboard('/');

    expect(search).toHaveFocus();
    expect(search).toHaveValue('');
  });
});

describe('user menu', () => {
  it('shows who is signed in, with role and scope', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'manager.east' });
    const name = getMockServer().sessionFor('manager.east').user.name;

    await user.click(await screen.findByRole('button', { name: `用户菜单：${name}` }));

    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('区域经理')).toBeInTheDocument();
    expect(within(menu).getByText(/大区：.*华东/)).toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: '重置演示数据' })).not.toBeInTheDocument();
  });

  it('asks for confirmation before resetting the demo data', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'admin', withDemo: true });

    await user.click(await screen.findByRole('button', { name: /用户菜单/ }));
    await user.click(await screen.findByRole('menuitem', { name: '重置演示数据' }));

    const dialog = await screen.findByRole('alertdialog', { name: '重置演示数据？' });
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: '重置' }));

    expect(await screen.findByText('演示数据已重置')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('signs out and returns to sign-in', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'admin' });

    await user.click(await screen.findByRole('button', { name: /用户菜单/ }));
    await user.click(await screen.findByRole('menuitem', { name: '退出登录' }));

    expect(await screen.findByRole('heading', { name: '登录' })).toBeInTheDocument();
    expect(useSessionStore.getState().session).toBeNull();
    expect(currentToken()).toBeNull();
  });
});
