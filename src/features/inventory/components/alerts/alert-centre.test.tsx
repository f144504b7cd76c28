import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { present } from '@/testing/present';

const BELL = /^库存预警，[\d,]+ 条未处理$/;

async function badgeCount(): Promise<number> {
  const bell = await screen.findByRole('button', { name: BELL }, { timeout: 10_000 });
  const label = bell.getAttribute('aria-label') ?? '';
  return Number(present(/(\d[\d,]*)/.exec(label)?.[1], 'a count').replace(/,/g, ''));
}

/** Answers come from the in-process backend; a busy test machine may take a few seconds. */
const eventually = (assertion: () => unknown) => waitFor(assertion, { timeout: 5000 });

describe('header alert centre', () => {
  it('shows the open count in its name for the roles with the inventory area', async () => {
    await renderApp({ route: '/inventory', as: 'manager.east' });
    expect(await badgeCount()).toBeGreaterThan(0);
  });

  it('is not there for store staff, who have no inventory area', async () => {
    await renderApp({ route: '/orders', as: 'store.sh' });
    // The header is complete once its user menu is there.
    await screen.findByRole('button', { name: /^用户菜单：/ }, { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: /库存预警/ })).not.toBeInTheDocument();
  });

  it('opens a panel of the newest open alerts; acknowledging one lowers the count, Escape closes it', async () => {
    const { user } = await renderApp({ route: '/shipping', as: 'warehouse.sh' });
    const before = await badgeCount();
    expect(before).toBeGreaterThan(0);
    const bell = screen.getByRole('button', { name: BELL });
    await user.click(bell);

    const panel = await screen.findByRole('dialog', { name: '库存预警' }, { timeout: 10_000 });
    await eventually(() => expect(panel).toHaveFocus());
    const items = await within(panel).findAllByRole('listitem', {}, { timeout: 10_000 });
    const first = present(items[0], 'an alert in the panel');
    expect(within(first).getByText(/^(缺货|低库存)$/)).toBeInTheDocument();
    expect(within(first).getByText(/^可用 -?[\d,]+ \/ 补货点 [\d,]+$/)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: '查看全部预警' })).toHaveAttribute(
      'href',
      '/inventory/alerts',
    );

    await user.click(within(first).getByRole('button', { name: /^确认预警：/ }));
    await eventually(async () => expect(await badgeCount()).toBe(before - 1));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: '库存预警' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: BELL })).toHaveFocus();
  });
});
