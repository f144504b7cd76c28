import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { mockServer } from '@/testing/mock-server';
import { apiAs, firstOrder, PROBLEM_HEADERS, versionConflictBody } from './test-orders';

const timeline = () => screen.getByRole('list', { name: '订单动态' });
const actionBar = () => screen.getByRole('group', { name: '订单操作' });

/** Signed in as a manager: the small test seed has pending orders in the east region, not in one store. */
async function openOrder(status: string) {
  const summary = await firstOrder('manager.east', status);
  const app = await renderApp({ route: `/orders/${summary.id}`, as: 'manager.east' });
  await screen.findByRole('heading', { level: 1, name: summary.number }, { timeout: 10_000 });
  return { ...app, summary };
}

describe('order actions on the order page', () => {
  it('offers only what the domain allows staff on a pending order', async () => {
    await openOrder('pending_review');
    const bar = actionBar();
    for (const name of ['审核通过', '挂起', '审核拒绝', '修改地址', '标签', '取消订单'])
      expect(within(bar).getByRole('button', { name })).toBeInTheDocument();
    expect(within(bar).queryByRole('button', { name: '解除挂起' })).not.toBeInTheDocument();
  });

  it('approves at once: the status changes and the timeline says who approved it', async () => {
    const { user } = await openOrder('pending_review');
    await user.click(within(actionBar()).getByRole('button', { name: '审核通过' }));
    const heading = screen.getByRole('heading', { level: 1 });
    await waitFor(() => expect(heading.parentElement).toHaveTextContent('待配货'));
    await waitFor(() => expect(timeline()).toHaveTextContent('王芳审核通过'));
    expect(within(actionBar()).queryByRole('button', { name: '审核通过' })).not.toBeInTheDocument();
    // The Approve button is gone; focus stays in the bar rather than falling to the page.
    expect(actionBar()).toContainElement(document.activeElement as HTMLElement);
  });

  it('asks for a hold reason, a note when the reason is "other", then shows the hold', async () => {
    const { user } = await openOrder('pending_review');
    await user.click(within(actionBar()).getByRole('button', { name: '挂起' }));
    const dialog = await screen.findByRole('dialog', { name: '挂起订单' });
    const reason = within(dialog).getByRole('combobox', { name: '原因' });
    expect(reason).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: '挂起' }));
    expect(within(dialog).getByText('请选择一个原因。')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');

    await user.selectOptions(reason, '其他原因');
    await user.click(within(dialog).getByRole('button', { name: '挂起' }));
    const note = within(dialog).getByRole('textbox', { name: '备注' });
    expect(note).toHaveAccessibleDescription('请说明具体原因。');

    await user.type(note, '客户来电要求核对发票抬头');
    await user.click(within(dialog).getByRole('button', { name: '挂起' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const hold = await screen.findByRole('region', { name: '挂起原因' });
    expect(hold).toHaveTextContent('其他原因');
    expect(hold).toHaveTextContent('客户来电要求核对发票抬头');
    expect(within(actionBar()).getByRole('button', { name: '解除挂起' })).toBeInTheDocument();
    await waitFor(() => expect(timeline()).toHaveTextContent('王芳挂起订单：其他原因'));
  });

  it('closes a dialog with Escape and gives focus back to the button that opened it', async () => {
    const { user } = await openOrder('pending_review');
    const reject = within(actionBar()).getByRole('button', { name: '审核拒绝' });
    await user.click(reject);
    expect(await screen.findByRole('dialog', { name: '审核拒绝' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(reject).toHaveFocus();
  });

  it('on a version conflict says who changed the order, keeps the input, and Reload shows their change', async () => {
    const { user, summary } = await openOrder('pending_review');
    mockServer().use(
      http.post(
        '*/api/orders/:id/transitions',
        () =>
          HttpResponse.json(versionConflictBody('陈静'), { status: 409, headers: PROBLEM_HEADERS }),
        { once: true },
      ),
    );
    await user.click(within(actionBar()).getByRole('button', { name: '挂起' }));
    const dialog = await screen.findByRole('dialog', { name: '挂起订单' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '原因' }), '缺货');
    await user.type(within(dialog).getByRole('textbox', { name: '备注' }), '等补货');
    await user.click(within(dialog).getByRole('button', { name: '挂起' }));

    const notice = await within(dialog).findByRole('alert');
    expect(notice).toHaveTextContent(/已被 陈静 于 .+ 修改/);
    expect(within(dialog).getByRole('textbox', { name: '备注' })).toHaveValue('等补货');
    expect(screen.queryByRole('region', { name: '挂起原因' })).not.toBeInTheDocument();

    // Meanwhile a colleague really changed the order.
    await apiAs('admin', `/orders/${summary.id}/notes`, {
      method: 'POST',
      body: { body: '陈静：已联系客户' },
    });
    await user.click(within(notice).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(screen.getByText('陈静：已联系客户')).toBeInTheDocument());
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: '备注' })).toHaveValue('等补货');

    // With the fresh version the same hold now goes through.
    await user.click(within(dialog).getByRole('button', { name: '挂起' }));
    const hold = await screen.findByRole('region', { name: '挂起原因' });
    expect(hold).toHaveTextContent('缺货');
  });

  it('says when the order’s state no longer allows the action, and offers to reload', async () => {
    const { user, summary } = await openOrder('pending_review');
    // Someone else approves it first; this page still shows it pending.
    const current = await (await apiAs('admin', `/orders/${summary.id}`)).json();
    await apiAs('admin', `/orders/${summary.id}/transitions`, {
      method: 'POST',
      body: { action: 'approve', version: current.version },
    });
    await user.click(within(actionBar()).getByRole('button', { name: '审核通过' }));
    const dialog = await screen.findByRole('alertdialog', { name: '订单已被修改' });
    expect(dialog).toHaveTextContent(/已被 陈静 于 .+ 修改|订单状态已经变化/);
    await user.click(within(dialog).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(timeline()).toHaveTextContent('陈静审核通过'));
  });
});
