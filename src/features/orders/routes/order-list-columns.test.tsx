import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tableRowTexts } from '@/components/table/test-rows';
import { renderApp } from '@/testing/render-app';

async function waitForRows() {
  await waitFor(() => expect(tableRowTexts('订单列表').length).toBeGreaterThan(0), {
    timeout: 8000,
  });
}

const headers = () =>
  within(screen.getByRole('table', { name: '订单列表' }))
    .getAllByRole('columnheader')
    .map((th) => th.textContent);

describe('order list columns', () => {
  it('hides a column from the Columns menu and keeps it hidden for that user only', async () => {
    const { user } = await renderApp({ route: '/orders', as: 'admin' });
    await waitForRows();
    expect(headers()).toContain('门店');

    await user.click(screen.getByRole('button', { name: '列' }));
    const visible = screen.getByRole('group', { name: '显示的列' });
    await user.click(within(visible).getByRole('checkbox', { name: '门店' }));
    await user.click(screen.getByRole('radio', { name: '紧凑' }));
    expect(headers()).not.toContain('门店');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: '列' })).toHaveAttribute('aria-expanded', 'false');

    // The same user, another visit: still hidden, still compact.
    cleanup();
    await renderApp({ route: '/orders', as: 'admin' });
    await waitForRows();
    expect(headers()).not.toContain('门店');
    expect(screen.getAllByRole('cell', { name: /^SO/ })[0]).toHaveClass('py-1');

    // Another user on the same browser has their own view.
    cleanup();
    await renderApp({ route: '/orders', as: 'manager.east' });
    await waitForRows();
    expect(headers()).toContain('门店');
  }, 60_000);
});
