import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRestBackend } from '@/api/rest/client';
import { getMockServer } from '@/testing/mock-server';
import { renderApp, TEST_API_BASE, type DemoUsername } from '@/testing/render-app';

/** The tag table of the settings page, once its rows are in. */
async function tagTable() {
  const table = await screen.findByRole('table', { name: '订单标签' });
  await within(table).findAllByRole('rowheader');
  return table;
}

/** The table row of a tag, found by the tag's name. */
function rowOf(table: HTMLElement, name: string) {
  const header = within(table).getByRole('rowheader', { name: new RegExp(`^${name}`) });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

function orderCountOf(tagId: string): number {
  return getMockServer().db.tagOrderCounts().get(tagId) ?? 0;
}

/** Another person's session changing a tag on the server, as a second browser would. */
async function renameAs(username: DemoUsername, id: string, version: number, name: string) {
  const session = getMockServer().sessionFor(username);
  const other = createRestBackend({ baseUrl: TEST_API_BASE, getToken: () => session.token });
  await other.updateTag({ params: { id }, body: { version, name } });
}

describe('tags in settings', () => {
  it('lists every tag with its colour and how many orders carry it', async () => {
    await renderApp({ route: '/settings', as: 'admin' });
    const table = await tagTable();

    const urgent = rowOf(table, '加急');
    expect(within(urgent).getByRole('rowheader')).toHaveAccessibleName('加急（红色）');
    expect(within(urgent).getByRole('cell', { name: /\d/ })).toHaveTextContent(
      orderCountOf('tag-urgent').toLocaleString('en-US'),
    );
    expect(within(table).getAllByRole('rowheader')).toHaveLength(8);
  });

  it('creates a tag with a name and a colour from the palette', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'admin' });
    await tagTable();

    await user.click(screen.getByRole('button', { name: '新建标签' }));
    const dialog = await screen.findByRole('dialog', { name: '新建标签' });
    const name = within(dialog).getByRole('textbox', { name: /名称/ });
    expect(name).toHaveFocus();
    await user.type(name, '退货风险');
    const palette = within(dialog).getByRole('group', { name: '颜色' });
    expect(within(palette).getAllByRole('radio')).toHaveLength(10);
    await user.click(within(palette).getByRole('radio', { name: '紫色' }));
    await user.click(within(dialog).getByRole('button', { name: '创建' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const table = await tagTable();
    await waitFor(() =>
      expect(within(table).getByRole('rowheader', { name: '退货风险（紫色）' })).toBeVisible(),
    );
    expect(await screen.findByText('已新建标签“退货风险”')).toBeInTheDocument();
  });

  it('renames and recolours a tag by keyboard', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'manager.east' });
    const table = await tagTable();

    within(rowOf(table, '赠品')).getByRole('button', { name: '编辑标签“赠品”' }).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: '编辑标签“赠品”' });
    const name = within(dialog).getByRole('textbox', { name: /名称/ });
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, '赠品已备');
    await user.click(within(dialog).getByRole('radio', { name: '粉色' }));
    // Arrow keys move through the palette, as in any radio group.
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('radio', { name: '灰色' })).toBeChecked();
    await user.click(name);
    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(within(table).getByRole('rowheader', { name: '赠品已备（灰色）' })).toBeVisible(),
    );
    expect(getMockServer().db.tags.find((tag) => tag.id === 'tag-gift')).toMatchObject({
      name: '赠品已备',
      color: 'gray',
      version: 2,
    });
  });

  it('asks before deleting, saying how many orders carry the tag', async () => {
    const carrying = orderCountOf('tag-urgent');
    expect(carrying).toBeGreaterThan(0);
    const { user } = await renderApp({ route: '/settings', as: 'admin' });
    const table = await tagTable();

    await user.click(within(rowOf(table, '加急')).getByRole('button', { name: '删除标签“加急”' }));
    const confirm = await screen.findByRole('alertdialog', { name: '删除标签“加急”？' });
    expect(confirm).toHaveTextContent(
      `有 ${carrying.toLocaleString('en-US')} 个订单带有这个标签，删除后会从这些订单上移除。`,
    );
    expect(within(confirm).getByRole('button', { name: '取消' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: '删除标签' }));

    await waitFor(() =>
      expect(within(table).queryByRole('rowheader', { name: /^加急/ })).not.toBeInTheDocument(),
    );
    expect(getMockServer().db.tagOrderCounts().get('tag-urgent') ?? 0).toBe(0);
  });

  it('shows a taken name on the name field and keeps the dialog open', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'admin' });
    await tagTable();

    await user.click(screen.getByRole('button', { name: '新建标签' }));
    const dialog = await screen.findByRole('dialog', { name: '新建标签' });
    const name = within(dialog).getByRole('textbox', { name: /名称/ });
    await user.type(name, 'vip');
    await user.click(within(dialog).getByRole('button', { name: '创建' }));

    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('已有名为“vip”的标签，请换一个名称。');
    expect(name).toHaveFocus();
    expect(screen.getByRole('dialog', { name: '新建标签' })).toBeInTheDocument();
  });

  it('checks the name before sending it', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'admin' });
    await tagTable();
    await user.click(screen.getByRole('button', { name: '新建标签' }));
    const dialog = await screen.findByRole('dialog', { name: '新建标签' });

    await user.click(within(dialog).getByRole('button', { name: '创建' }));

    expect(within(dialog).getByRole('textbox', { name: /名称/ })).toHaveAccessibleDescription(
      '请输入标签名称。',
    );
  });

  it('says who changed the tag meanwhile, and reloads it instead of overwriting', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'admin' });
    const table = await tagTable();
    await user.click(within(rowOf(table, '易碎')).getByRole('button', { name: '编辑标签“易碎”' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑标签“易碎”' });

    await renameAs('manager.east', 'tag-fragile', 1, '易碎品');
    const name = within(dialog).getByRole('textbox', { name: /名称/ });
    await user.clear(name);
    await user.type(name, '小心轻放');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^王芳 在 .+ 修改了这个标签。已加载最新内容，请确认后再保存。$/,
    );
    await waitFor(() => expect(name).toHaveValue('易碎品'));
    expect(getMockServer().db.tags.find((tag) => tag.id === 'tag-fragile')?.name).toBe('易碎品');
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() =>
      expect(within(table).getByRole('rowheader', { name: /^易碎品/ })).toBeVisible(),
    );
  });

  it('is not open to store staff', async () => {
    await renderApp({ route: '/settings', as: 'store.sh' });

    expect(await screen.findByRole('heading', { name: '无权访问' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '新建标签' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: '订单标签' })).not.toBeInTheDocument();
  });
});
