import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tableRowTexts } from '@/components/table/test-rows';
import { renderApp, type TestRouter } from '@/testing/render-app';

const searchOf = (router: TestRouter) => new URLSearchParams(router.state.location.search);

async function waitForRows() {
  await waitFor(() => expect(tableRowTexts('订单列表').length).toBeGreaterThan(0), {
    timeout: 8000,
  });
}

describe('order list filters', () => {
  it('shows every filter of the URL in its control and as a chip, and writes changes back', async () => {
    const { user, router } = await renderApp({
      route:
        '/orders?region=east&payment=paid&exception=yes&minTotal=100&maxTotal=2000.5&range=last7',
      as: 'admin',
    });
    await waitForRows();

    // The "more filters" row opens by itself when one of its filters is set.
    expect(screen.getByRole('button', { name: /更多筛选（4）/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByRole('combobox', { name: '区域' })).toHaveValue('east');
    const payment = screen.getByRole('group', { name: '支付状态' });
    expect(within(payment).getByRole('checkbox', { name: '已支付' })).toBeChecked();
    expect(within(payment).getByRole('checkbox', { name: '未支付' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: '物流异常' })).toHaveValue('yes');
    expect(screen.getByRole('textbox', { name: '最低金额（元）' })).toHaveValue('100');
    expect(screen.getByRole('textbox', { name: '最高金额（元）' })).toHaveValue('2000.5');
    expect(screen.getByRole('combobox', { name: '下单日期' })).toHaveValue('last7');
    // The preset's days show in the date fields.
    expect((screen.getByLabelText('下单日期从') as HTMLInputElement).value).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );

    const chips = screen.getByRole('list', { name: '当前筛选' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((chip) => chip.textContent),
    ).toEqual([
      '下单日期:近 7 天',
      '区域:华东',
      '支付状态:已支付',
      '物流异常:有异常',
      '金额:¥100 – ¥2000.5',
    ]);

    // Changing a control writes the URL.
    await user.click(within(payment).getByRole('checkbox', { name: '部分退款' }));
    expect(searchOf(router).get('payment')).toBe('paid,partially_refunded');
    await user.selectOptions(screen.getByRole('combobox', { name: '区域' }), 'south');
    expect(searchOf(router).get('region')).toBe('south');
    const min = screen.getByRole('textbox', { name: '最低金额（元）' });
    await user.clear(min);
    await user.type(min, '50{Enter}');
    expect(searchOf(router).get('minTotal')).toBe('50');

    // A chip's button removes just that filter.
    await user.click(screen.getByRole('button', { name: '移除筛选：物流异常 有异常' }));
    expect(searchOf(router).get('exception')).toBeNull();
    expect(searchOf(router).get('region')).toBe('south');

    // Back restores the previous view, controls included.
    await router.navigate(-1);
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: '物流异常' })).toHaveValue('yes'),
    );
    await router.navigate(-1);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: '最低金额（元）' })).toHaveValue('100'),
    );

    // A preset is kept as a name in the URL; choosing days by hand replaces it.
    await user.selectOptions(screen.getByRole('combobox', { name: '下单日期' }), 'today');
    expect(searchOf(router).get('range')).toBe('today');
    expect(searchOf(router).get('from')).toBeNull();
  }, 40_000);

  it('filters by tags with any or all, from the URL', async () => {
    const { user, router } = await renderApp({ route: '/orders', as: 'admin' });
    await waitForRows();
    await user.click(screen.getByRole('button', { name: '更多筛选' }));
    const tags = screen.getByRole('group', { name: '标签' });
    const boxes = await within(tags).findAllByRole('checkbox', {}, { timeout: 5000 });
    await user.click(boxes[0] as HTMLElement);
    await user.click(boxes[1] as HTMLElement);
    expect(searchOf(router).get('tags')?.split(',')).toHaveLength(2);
    await user.selectOptions(screen.getByRole('combobox', { name: '标签匹配方式' }), 'all');
    expect(searchOf(router).get('tagMode')).toBe('all');
  }, 30_000);
});
