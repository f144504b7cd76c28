import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderApp } from '@/testing/render-app';
import { firstOrder } from './actions/test-orders';

// The list page behind the panel is heavy to render the first time in jsdom.
const SLOW = { timeout: 40_000 };

describe('order panel', () => {
  it(
    'shows the order beside the list with its actions, focuses its heading and closes with Escape',
    SLOW,
    async () => {
      const summary = await firstOrder('manager.east', 'pending_review');
      const { user, router } = await renderApp({
        route: `/orders?panel=${summary.id}`,
        as: 'manager.east',
      });
      const panel = await screen.findByRole(
        'dialog',
        { name: summary.number },
        { timeout: 25_000 },
      );
      expect(panel).not.toHaveAttribute('aria-modal', 'true');
      const heading = within(panel).getByRole('heading', { name: summary.number });
      await waitFor(() => expect(heading).toHaveFocus());

      expect(within(panel).getByRole('link', { name: '打开完整页面' })).toHaveAttribute(
        'href',
        `/orders/${summary.id}`,
      );
      expect(
        within(within(panel).getByRole('group', { name: '订单操作' })).getByRole('button', {
          name: '审核通过',
        }),
      ).toBeInTheDocument();
      expect(within(panel).getByRole('list', { name: '订单动态' })).toHaveTextContent('下单');
      expect(within(panel).getByRole('region', { name: '内部备注' })).toBeInTheDocument();

      // Escape inside a dialog opened from the panel closes that dialog, not the panel.
      await user.click(within(panel).getByRole('button', { name: '挂起' }));
      await screen.findByRole('dialog', { name: '挂起订单' });
      await user.keyboard('{Escape}');
      await waitFor(() =>
        expect(screen.queryByRole('dialog', { name: '挂起订单' })).not.toBeInTheDocument(),
      );
      expect(screen.getByRole('dialog', { name: summary.number })).toBeInTheDocument();

      await user.keyboard('{Escape}');
      await waitFor(() =>
        expect(screen.queryByRole('dialog', { name: summary.number })).not.toBeInTheDocument(),
      );
      expect(currentUrl(router)).not.toContain('panel=');
    },
  );

  it('closes with its close button', SLOW, async () => {
    const summary = await firstOrder('manager.east', 'approved');
    const { user } = await renderApp({ route: `/orders?panel=${summary.id}`, as: 'manager.east' });
    const panel = await screen.findByRole('dialog', { name: summary.number }, { timeout: 25_000 });
    await user.click(within(panel).getByRole('button', { name: '关闭订单面板' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
