import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { present } from '@/testing/present';

/** The value, or a failed test saying what was missing. */
describe('analytics dashboard', () => {
  it('shows each KPI with its value and the change against the previous period', async () => {
    await renderApp({ route: '/analytics', as: 'manager.east' });
    const heading = await screen.findByRole(
      'heading',
      { name: '成交额（GMV）' },
      { timeout: 5000 },
    );
    const gmv = present(heading.closest('article'), 'the GMV card');
    expect(gmv).toHaveTextContent(/¥[\d,]+\.\d{2}/);
    expect(gmv).toHaveTextContent(/上一周期 ¥[\d,]+\.\d{2}/);
    expect(
      within(gmv).getByText(/较上一周期(上升|下降)|与上一周期持平|上一周期没有可比数据/),
    ).toHaveClass('sr-only');

    for (const name of ['订单数', '客单价', '取消率', '退款率', '24 小时内发货率']) {
      const card = present(
        screen.getByRole('heading', { name }).closest('article'),
        `the ${name} card`,
      );
      expect(card.querySelector('p')?.textContent).toMatch(/\d/);
    }
    expect(screen.getByRole('heading', { name: '取消率' }).closest('article')).toHaveTextContent(
      /%/,
    );
  });

  it('keeps the period in the URL', async () => {
    const { user, router } = await renderApp({ route: '/analytics', as: 'admin' });
    const last7 = await screen.findByRole('button', { name: '近 7 天' }, { timeout: 5000 });
    expect(last7).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: '近 30 天' }));
    expect(new URLSearchParams(router.state.location.search).get('period')).toBe('30d');
    expect(screen.getByRole('button', { name: '近 30 天' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('lists sales by region', async () => {
    await renderApp({ route: '/analytics?period=30d', as: 'admin' });
    const table = await screen.findByRole('table', { name: '各区域销售' }, { timeout: 5000 });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2));
    expect(table).toHaveTextContent('华东');
    expect(table).toHaveTextContent(/¥[\d,]+\.\d{2}/);
  });
});
