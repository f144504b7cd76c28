import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { apiAs, firstOrder } from '../actions/test-orders';

const notesCard = () => screen.getByRole('region', { name: '内部备注' });
const notesList = () => within(notesCard()).getByRole('list', { name: '备注列表' });
const noteItem = (text: string) =>
  within(notesList())
    .getAllByRole('listitem')
    .find((item) => item.textContent?.includes(text));

async function openOrder(orderId: string) {
  const app = await renderApp({ route: `/orders/${orderId}`, as: 'manager.east' });
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  await screen.findByRole('group', { name: '订单操作' });
  return app;
}

describe('notes on the order page', () => {
  it('adds a note with Ctrl+Enter, edits and deletes your own, and leaves others’ alone', async () => {
    const summary = await firstOrder('manager.east', 'approved');
    await apiAs('admin', `/orders/${summary.id}/notes`, {
      method: 'POST',
      body: { body: '仓库说明天到货' },
    });
    const { user, queryClient } = await openOrder(summary.id);

    await waitFor(() => expect(noteItem('仓库说明天到货')).toBeDefined());
    const theirs = noteItem('仓库说明天到货');
    expect(theirs).toHaveTextContent('陈静');
    expect(within(theirs as HTMLElement).queryByRole('button')).not.toBeInTheDocument();

    const field = within(notesCard()).getByRole('textbox', { name: '添加内部备注' });
    await user.type(field, '客户要求周末送货');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(noteItem('客户要求周末送货')).toBeDefined());
    expect(field).toHaveValue('');
    const mine = noteItem('客户要求周末送货') as HTMLElement;
    expect(mine).toHaveTextContent('王芳');

    await user.click(within(mine).getByRole('button', { name: /^编辑/ }));
    const editor = within(notesCard()).getByRole('textbox', { name: '备注内容' });
    expect(editor).toHaveFocus();
    await user.clear(editor);
    await user.type(editor, '客户要求周六上午送货');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(noteItem('客户要求周六上午送货')).toHaveTextContent('（已编辑）'));

    // What the server holds is what stays: a refetch shows the same notes.
    await queryClient.refetchQueries();
    expect(noteItem('客户要求周六上午送货')).toBeDefined();
    expect(noteItem('仓库说明天到货')).toBeDefined();
    await waitFor(() =>
      expect(screen.getByRole('list', { name: '订单动态' })).toHaveTextContent('王芳编辑备注'),
    );

    const edited = noteItem('客户要求周六上午送货') as HTMLElement;
    await user.click(within(edited).getByRole('button', { name: /^删除/ }));
    const confirm = await screen.findByRole('alertdialog', { name: '删除这条备注？' });
    await user.click(within(confirm).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(noteItem('客户要求周六上午送货')).toBeUndefined());
    expect(noteItem('仓库说明天到货')).toBeDefined();
  });

  it('keeps a note being typed when the page is reloaded', async () => {
    const summary = await firstOrder('manager.east', 'approved');
    const first = await openOrder(summary.id);
    await first.user.type(
      within(notesCard()).getByRole('textbox', { name: '添加内部备注' }),
      '还没写完的备注',
    );
    first.unmount();

    await openOrder(summary.id);
    expect(within(notesCard()).getByRole('textbox', { name: '添加内部备注' })).toHaveValue(
      '还没写完的备注',
    );
  });
});

describe('tags on the order page', () => {
  it('applies tags from the picker and they are still there after a reload', async () => {
    const summary = await firstOrder('manager.east', 'approved');
    const first = await openOrder(summary.id);
    const { user } = first;
    await user.click(screen.getByRole('button', { name: '标签' }));
    const dialog = await screen.findByRole('dialog', { name: `编辑订单 ${summary.number} 的标签` });

    await user.type(within(dialog).getByRole('searchbox', { name: '筛选标签' }), '易');
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(within(dialog).getByRole('checkbox', { name: '易碎' }));
    await user.clear(within(dialog).getByRole('searchbox', { name: '筛选标签' }));
    await user.click(within(dialog).getByRole('checkbox', { name: '加急' }));
    await user.click(within(dialog).getByRole('button', { name: '应用' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const tags = screen.getByRole('region', { name: '标签' });
    await waitFor(() => expect(tags).toHaveTextContent(/易碎.*加急|加急.*易碎/));
    await waitFor(() =>
      expect(screen.getByRole('list', { name: '订单动态' })).toHaveTextContent(
        '王芳添加标签「易碎」',
      ),
    );
    first.unmount();

    await openOrder(summary.id);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: '标签' })).toHaveTextContent(
        /易碎.*加急|加急.*易碎/,
      ),
    );
  });
});
