import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

describe('shipping queue', () => {
  it('shows how many orders wait to be allocated and to be shipped, and the queue itself', async () => {
    await renderApp({ route: '/shipping', as: 'warehouse.sh' });
    const toShip = await screen.findByText('待发货', { selector: 'dt' }, { timeout: 5000 });
    await waitFor(() => expect(toShip.nextElementSibling).toHaveTextContent(/^[\d,]+$/));
    expect(screen.getByText('待配货', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      /^[\d,…]+$/,
    );

    const table = screen.getByRole('table', { name: '待发货订单' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1));
    // The warehouse may not open orders, so order numbers are not links for it.
    expect(within(table).queryAllByRole('link')).toHaveLength(0);
  });

  it('keeps the carrier filter in the URL', async () => {
    const { user, router } = await renderApp({ route: '/shipping?carrier=SF', as: 'admin' });
    const carrier = await screen.findByRole('combobox', { name: '快递公司' }, { timeout: 5000 });
    expect(carrier).toHaveValue('SF');
    await user.selectOptions(carrier, 'JD');
    expect(new URLSearchParams(router.state.location.search).get('carrier')).toBe('JD');
    await user.selectOptions(carrier, '');
    expect(new URLSearchParams(router.state.location.search).get('carrier')).toBeNull();
  });
});
