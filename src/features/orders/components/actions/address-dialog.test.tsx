import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { mockServer } from '@/testing/mock-server';
import { firstOrder, PROBLEM_HEADERS } from './test-orders';

async function openAddressDialog() {
  const summary = await firstOrder('manager.east', 'approved');
  const app = await renderApp({ route: `/orders/${summary.id}`, as: 'manager.east' });
  const bar = await screen.findByRole('group', { name: '订单操作' }, { timeout: 10_000 });
  await app.user.click(within(bar).getByRole('button', { name: '修改地址' }));
  const dialog = await screen.findByRole('dialog', { name: '修改收货地址' });
  return { ...app, dialog, summary };
}

describe('address dialog', () => {
  it('shows what is wrong next to each field, then saves and records the change', async () => {
    const { user, dialog } = await openAddressDialog();
    const field = (name: string) => within(dialog).getByRole('textbox', { name });

    expect(field('收货人')).toHaveFocus();
    // The phone is hidden: left as it is, it keeps the number on file.
    expect((field('收货人电话') as HTMLInputElement).value).toMatch(/^1\d{2}\*{4}\d{4}$/);

    await user.clear(field('城市'));
    await user.clear(field('收货人电话'));
    await user.type(field('收货人电话'), '12345');
    await user.clear(field('详细地址'));
    await user.type(field('详细地址'), '8号');
    await user.click(within(dialog).getByRole('button', { name: '保存地址' }));

    expect(field('城市')).toHaveAttribute('aria-invalid', 'true');
    expect(field('城市')).toHaveAccessibleDescription('必填。');
    expect(field('收货人电话')).toHaveAccessibleDescription(/请输入11位手机号/);
    expect(field('详细地址')).toHaveAccessibleDescription(/至少 5 个字/);
    expect(field('收货人')).not.toHaveAttribute('aria-invalid');

    await user.selectOptions(within(dialog).getByRole('combobox', { name: '省份' }), '江苏省');
    await user.type(field('城市'), '苏州市');
    await user.clear(field('区县'));
    await user.type(field('区县'), '工业园区');
    await user.clear(field('收货人电话'));
    await user.type(field('收货人电话'), '139 1234 5678');
    await user.clear(field('详细地址'));
    await user.type(field('详细地址'), '星湖街328号创意产业园');
    await user.click(within(dialog).getByRole('button', { name: '保存地址' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const address = screen.getByRole('region', { name: '收货地址' });
    await waitFor(() => expect(address).toHaveTextContent('星湖街328号创意产业园'));
    expect(address).toHaveTextContent('江苏省 苏州市 工业园区');
    const timeline = screen.getByRole('list', { name: '订单动态' });
    await waitFor(() => expect(timeline).toHaveTextContent('王芳修改收货地址'));
    expect(timeline).toHaveTextContent(/新地址：.*苏州市工业园区星湖街328号创意产业园/);
  });

  it('puts the server’s field errors on the fields they concern', async () => {
    mockServer().use(
      http.put('*/api/orders/:id/address', () =>
        HttpResponse.json(
          {
            type: 'https://order-desk.example/problems/validation',
            title: 'Invalid',
            status: 422,
            code: 'validation',
            errors: [
              { field: 'address.district', code: 'too_long', message: 'district is too long' },
            ],
          },
          { status: 422, headers: PROBLEM_HEADERS },
        ),
      ),
    );
    const { user, dialog } = await openAddressDialog();
    await user.click(within(dialog).getByRole('button', { name: '保存地址' }));
    const district = within(dialog).getByRole('textbox', { name: '区县' });
    await waitFor(() => expect(district).toHaveAttribute('aria-invalid', 'true'));
    expect(district).toHaveAccessibleDescription('最多 40 个字。');
    expect(
      within(dialog).getByText('服务器未接受这个地址，请检查标出的字段。'),
    ).toBeInTheDocument();
  });
});
