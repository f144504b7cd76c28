import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

// Generous under a full parallel run: each file seeds its own mock backend.
const SLOW = { timeout: 5000 };

const NEW_WAYBILL = 'SF1234567890123';

async function shippedRows() {
  const table = await screen.findByRole('table', { name: '已发货订单' }, { timeout: 5000 });
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2), SLOW);
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = within(row).getAllByRole('cell');
      return {
        row,
        number: cells[0]?.textContent ?? '',
        carrier: cells[5]?.textContent ?? '',
        waybill: cells[6]?.textContent ?? '',
      };
    });
}

describe('shipped orders', () => {
  it('lists what left my warehouse with carrier and waybill, and finds one by its waybill', async () => {
    const { user, router } = await renderApp({ route: '/shipping', as: 'warehouse.sh' });
    await user.click(await screen.findByRole('tab', { name: '已发货' }, { timeout: 5000 }));
    expect(new URLSearchParams(router.state.location.search).get('tab')).toBe('shipped');
    expect(screen.getByRole('tab', { name: '已发货' })).toHaveAttribute('aria-selected', 'true');

    const rows = await shippedRows();
    const target = rows[1];
    expect(target?.number).toMatch(/^SO/);
    expect(target?.carrier).not.toBe('');
    expect(target?.waybill).not.toBe('');

    await user.type(
      screen.getByRole('searchbox', { name: '搜索已发货订单' }),
      `${target?.waybill}{Enter}`,
    );
    const table = screen.getByRole('table', { name: '已发货订单' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2), SLOW);
    expect(within(table).getByText(target?.number ?? '')).toBeInTheDocument();
  }, 30_000);

  it('corrects a waybill: checks the number as typed, needs a reason, refuses a used number, then updates the row', async () => {
    const { user } = await renderApp({ route: '/shipping?tab=shipped', as: 'warehouse.sh' });
    const [first, second] = await shippedRows();
    if (!first || !second) throw new Error('the seed has shipped orders');

    await user.click(
      within(first.row).getByRole('button', { name: `更正运单号：${first.number}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: '更正运单号' }, SLOW);
    const number = within(dialog).getByRole('textbox', { name: /新运单号/ });
    const carrier = within(dialog).getByRole('combobox', { name: '快递公司' });
    const reason = within(dialog).getByRole('textbox', { name: /更正原因/ });
    const save = within(dialog).getByRole('button', { name: '保存更正' });

    // Live check against the chosen carrier, in words.
    await user.selectOptions(carrier, 'SF');
    await user.type(number, 'SF123');
    expect(number).toHaveAccessibleDescription(/不是顺丰速运的运单号格式/);
    await user.clear(number);
    await user.type(number, NEW_WAYBILL.toLowerCase());
    expect(number).not.toHaveAttribute('aria-invalid');
    expect(number).toHaveAccessibleDescription(/格式正确/);

    // A reason is required.
    await user.click(save);
    expect(reason).toHaveAccessibleDescription('请填写更正原因');
    expect(reason).toHaveFocus();

    // Another order's number is refused by the backend, and said so at the field.
    const secondCarrier = within(carrier)
      .getAllByRole('option')
      .find((option) => option.textContent === second.carrier)
      ?.getAttribute('value');
    await user.selectOptions(carrier, secondCarrier ?? '');
    await user.clear(number);
    await user.type(number, second.waybill);
    await user.type(reason, '面单贴错');
    await user.click(save);
    await waitFor(
      () =>
        expect(number).toHaveAccessibleDescription(
          `运单号 ${second.waybill} 已被另一个订单使用，请核对包裹上的面单`,
        ),
      SLOW,
    );

    // A good number saves, the dialog closes and the row shows it.
    await user.selectOptions(carrier, 'SF');
    await user.clear(number);
    await user.type(number, NEW_WAYBILL);
    await user.click(save);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
    expect(
      await screen.findByText(`订单 ${first.number} 的运单号已更正为 ${NEW_WAYBILL}`, {}, SLOW),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '已发货订单' });
    await waitFor(() => {
      const row = within(table).getByText(first.number).closest('tr');
      expect(row).toHaveTextContent(NEW_WAYBILL);
      expect(row).toHaveTextContent('顺丰速运');
    }, SLOW);
  }, 30_000);
});
