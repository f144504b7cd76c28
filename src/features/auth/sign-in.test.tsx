import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '@/api/session-store';
import { getMockServer } from '@/testing/mock-server';
import { currentUrl, renderApp } from '@/testing/render-app';

const SIDEBAR_BY_ROLE = [
  { role: '门店员工', home: '/orders', areas: ['订单', '待审核队列', '物流异常'] },
  {
    role: '仓库操作员',
    home: '/shipping',
    areas: ['发货', '配货', '录入运单', '物流异常', '库存', '库存预警', '补货建议'],
  },
  {
    role: '区域经理',
    home: '/orders',
    areas: ['订单', '待审核队列', '物流异常', '库存', '库存预警', '补货建议', '数据分析', '设置'],
  },
  {
    role: '管理员',
    home: '/orders',
    areas: [
      '订单',
      '待审核队列',
      '物流异常',
      '发货',
      '配货',
      '录入运单',
      '库存',
      '库存预警',
      '补货建议',
      '数据分析',
      '设置',
    ],
  },
];

/** The names of the sidebar's links, without the count a badge adds (parcels waiting). */
async function sidebarLinks() {
  const nav = await screen.findByRole('navigation', { name: '主导航' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent?.replace(/(\d+|99\+)$/, ''));
}

describe('sign-in', () => {
  it.each(SIDEBAR_BY_ROLE)(
    'a $role demo account lands on $home and sees only its areas',
    async ({ role, home, areas }) => {
      const { user, router } = await renderApp({ route: '/' });

      await user.click(await screen.findByRole('button', { name: new RegExp(`（${role}）`) }));

      expect(await sidebarLinks()).toEqual(areas);
      await waitFor(() => expect(router.state.location.pathname).toBe(home));
    },
  );

  it('says so when the username or password is wrong', async () => {
    const { user } = await renderApp({ route: '/sign-in' });

    await user.type(await screen.findByLabelText('用户名'), 'admin');
    await user.type(screen.getByLabelText('密码'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: '登录' }));

    // Announced as it appears: the message is itself an alert.
    expect(await screen.findByText('用户名或密码错误')).toHaveAttribute('role', 'alert');
    expect(useSessionStore.getState().session).toBeNull();
  });

  it('asks for both fields before calling the backend', async () => {
    const { user } = await renderApp({ route: '/sign-in' });

    await user.click(await screen.findByRole('button', { name: '登录' }));

    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(screen.getByLabelText('用户名')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('用户名')).toHaveAccessibleDescription('请输入用户名');
    // Focus goes to the first field to fix; typing there clears its message.
    expect(screen.getByLabelText('用户名')).toHaveFocus();
    await user.keyboard('admin');
    expect(screen.queryByText('请输入用户名')).not.toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(useSessionStore.getState().session).toBeNull();
  });

  it('signs in with the form and opens the page named by next', async () => {
    const { user, router } = await renderApp({ route: '/sign-in?next=%2Fsettings' });

    await user.type(await screen.findByLabelText('用户名'), 'manager.east');
    await user.type(screen.getByLabelText('密码'), 'demo');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/settings');
  });

  it('ignores a next that leads off the site', async () => {
    const { user, router } = await renderApp({ route: '/sign-in?next=%2F%2Fevil.example%2F' });

    await user.type(await screen.findByLabelText('用户名'), 'manager.east');
    await user.type(screen.getByLabelText('密码'), 'demo');
    await user.click(screen.getByRole('button', { name: '登录' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/orders'));
  });

  it('sends a visitor who is not signed in to sign-in, and back afterwards', async () => {
    const { user, router } = await renderApp({ route: '/settings' });

    await screen.findByRole('heading', { name: '登录' });
    expect(currentUrl(router)).toBe('/sign-in?next=%2Fsettings');

    await user.click(await screen.findByRole('button', { name: /（管理员）/ }));
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument();
  });

  it('returns to sign-in when the session is rejected, then back to the same page', async () => {
    // A session the app still holds but the backend no longer accepts: its first request is refused.
    useSessionStore
      .getState()
      .signedIn({ ...getMockServer().sessionFor('admin'), token: 'expired-or-forged' });
    const { user, router } = await renderApp({ route: '/settings' });

    expect(await screen.findByText(/登录已过期/)).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/sign-in?next=%2Fsettings');

    await user.type(screen.getByLabelText('用户名'), 'admin');
    await user.type(screen.getByLabelText('密码'), 'demo');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/settings');
    expect(screen.queryByText(/登录已过期/)).not.toBeInTheDocument();
  });

  it('ends a session whose time is up without waiting for the backend to refuse it', async () => {
    const session = getMockServer().sessionFor('admin');
    useSessionStore.getState().signedIn({ ...session, expiresAt: '2020-01-01T00:00:00+08:00' });
    const { router } = await renderApp({ route: '/settings?tab=about' });

    expect(await screen.findByText(/登录已过期/)).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/sign-in?next=%2Fsettings%3Ftab%3Dabout');
  });
});
