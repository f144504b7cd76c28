import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { tableRowTexts } from '@/components/table/test-rows';
import { mockServer } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';
import { present } from '@/testing/present';

const TABLE = '库存水平';
const COLUMN = {
  sku: 0,
  location: 3,
  onHand: 4,
  reserved: 5,
  available: 6,
  reorderPoint: 7,
  status: 11,
};
const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };

const rows = () => tableRowTexts(TABLE);
const numberIn = (text: string | undefined) => Number((text ?? '').replace(/,/g, ''));
const cell = (row: number, column: number) =>
  present(rows()[row]?.[column], `cell ${row}/${column}`);

async function loaded() {
  await waitFor(() => expect(rows().length).toBeGreaterThan(1), { timeout: 10_000 });
}

/** Opens the row's action menu from the keyboard and picks an item; returns the dialog. */
async function openRowAction(user: UserEvent, row: number, item: string, dialogName = item) {
  const table = screen.getByRole('table', { name: TABLE });
  const menuButton = present(
    within(table).getAllByRole('button', { name: /的操作$/ })[row],
    `the menu of row ${row}`,
  );
  menuButton.focus();
  await user.keyboard('{Enter}');
  await user.click(await screen.findByRole('menuitem', { name: item }));
  return screen.findByRole('dialog', { name: dialogName });
}

describe('stock dialogs', () => {
  it('adjusts on hand with a preview, and the history records it', async () => {
    const { user } = await renderApp({ route: '/inventory', as: 'warehouse.sh' });
    await loaded();
    const sku = cell(0, COLUMN.sku);
    const before = numberIn(cell(0, COLUMN.onHand));

    const dialog = await openRowAction(user, 0, '调整库存');
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: /盘点后的在手数量/ })).toHaveFocus(),
    );
    await user.click(within(dialog).getByRole('radio', { name: '退回上架' }));
    await user.type(within(dialog).getByRole('textbox', { name: /退回上架数量/ }), '5');
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      `在手 ${before.toLocaleString('zh-CN')} → ${(before + 5).toLocaleString('zh-CN')}`,
    );
    await user.type(within(dialog).getByRole('textbox', { name: /备注/ }), '货架后面找到');
    await user.click(within(dialog).getByRole('button', { name: '保存调整' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(numberIn(cell(0, COLUMN.onHand))).toBe(before + 5));
    expect(cell(0, COLUMN.sku)).toBe(sku);

    const history = await openRowAction(user, 0, '变更记录');
    const entry = await within(history).findByText('退回上架');
    const item = present(entry.closest('li'), 'the history entry');
    expect(item).toHaveTextContent(
      `在手 ${before.toLocaleString('zh-CN')} → ${(before + 5).toLocaleString('zh-CN')}`,
    );
    expect(item).toHaveTextContent('备注：货架后面找到');
  });

  it('refuses to count on hand below what is reserved, in words, keeping the input', async () => {
    const { user } = await renderApp({ route: '/inventory?sort=-reserved', as: 'warehouse.sh' });
    await loaded();
    const reserved = numberIn(cell(0, COLUMN.reserved));
    expect(reserved).toBeGreaterThan(0);

    const dialog = await openRowAction(user, 0, '调整库存');
    const quantity = within(dialog).getByRole('textbox', { name: /盘点后的在手数量/ });
    await user.type(quantity, String(reserved - 1));
    await user.click(within(dialog).getByRole('button', { name: '保存调整' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      `已预留 ${reserved.toLocaleString('zh-CN')} 件，调整后的在手不能少于这个数`,
    );
    expect(quantity).toHaveValue(String(reserved - 1));
    expect(quantity).toHaveFocus();
  });

  it('explains the server’s below-reserved refusal (reservations grew meanwhile), keeping the input', async () => {
    const { user } = await renderApp({ route: '/inventory?sort=-reserved', as: 'warehouse.sh' });
    await loaded();
    // A level with reservations and room to lose one unit: the client lets the damage through.
    const index = rows().findIndex(
      (cells) => numberIn(cells[COLUMN.reserved]) > 0 && numberIn(cells[COLUMN.available]) >= 1,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const reserved = numberIn(cell(index, COLUMN.reserved));
    mockServer().use(
      http.post('*/api/stock/:locationId/:productId/adjustments', () =>
        HttpResponse.json(
          {
            type: 'https://order-desk.example/problems/below-reserved',
            title: 'Below reserved',
            status: 409,
            code: 'below_reserved',
          },
          { status: 409, headers: PROBLEM_HEADERS },
        ),
      ),
    );
    const dialog = await openRowAction(user, index, '调整库存');
    await user.click(within(dialog).getByRole('radio', { name: '损坏' }));
    const quantity = within(dialog).getByRole('textbox', { name: /损坏数量/ });
    await user.type(quantity, '1');
    await user.click(within(dialog).getByRole('button', { name: '保存调整' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `已预留 ${reserved.toLocaleString('zh-CN')} 件`,
    );
    expect(quantity).toHaveValue('1');
  });

  it('saves thresholds, previewing the status they give, and the row shows it', async () => {
    const { user } = await renderApp({ route: '/inventory', as: 'manager.east' });
    await loaded();
    const index = rows().findIndex((cells) => cells[COLUMN.status] === '正常');
    expect(index).toBeGreaterThanOrEqual(0);
    const sku = cell(index, COLUMN.sku);
    const location = cell(index, COLUMN.location);
    const available = numberIn(cell(index, COLUMN.available));

    const dialog = await openRowAction(user, index, '设置阈值');
    const reorder = within(dialog).getByRole('textbox', { name: /补货点/ });
    await user.clear(reorder);
    await user.type(reorder, String(available + 10));
    const preview = within(dialog).getByRole('status');
    expect(preview).toHaveTextContent('正常');
    expect(preview).toHaveTextContent('将变为低库存');
    await user.click(within(dialog).getByRole('button', { name: '保存阈值' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await waitFor(() => {
      const row = present(
        rows().find((cells) => cells[COLUMN.sku] === sku && cells[COLUMN.location] === location),
        'the changed row',
      );
      expect(row[COLUMN.status]).toBe('低库存');
      expect(numberIn(row[COLUMN.reorderPoint])).toBe(available + 10);
    });
  });

  it('sets thresholds for a whole category after saying how many levels it touches', async () => {
    const { user, router } = await renderApp({ route: '/inventory', as: 'manager.east' });
    await loaded();
    await user.click(screen.getByRole('button', { name: '按品类设置阈值' }));
    const dialog = await screen.findByRole('dialog', { name: '按品类设置阈值' });
    const category = within(dialog).getByRole('combobox', { name: '品类' }) as HTMLSelectElement;
    await waitFor(() => expect(category.options.length).toBeGreaterThan(0));
    const chosen = category.value;

    await user.click(within(dialog).getByRole('button', { name: '下一步' }));
    expect(within(dialog).getByText('补货点和目标天数至少填一个。')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: '补货点' }), '100000');
    await user.click(within(dialog).getByRole('button', { name: '下一步' }));
    const confirm = await within(dialog).findByText(/^将修改「.+」在 \d+ 个地点的/);
    expect(confirm).toHaveTextContent(`「${chosen}」`);
    expect(within(dialog).getByText('补货点设为 100,000')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '确认设置' }));
    expect(await screen.findByText(/^已更新 [\d,]+ 个库存点$/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await router.navigate(`/inventory?category=${encodeURIComponent(chosen)}`);
    await waitFor(() => {
      const shown = rows();
      expect(shown.length).toBeGreaterThan(0);
      for (const cells of shown) {
        expect(cells[COLUMN.reorderPoint]).toBe('100,000');
        expect(['低库存', '缺货']).toContain(cells[COLUMN.status]);
      }
    });
  });
  it('explains a version conflict, reloads the figures and keeps what was typed', async () => {
    const { user } = await renderApp({ route: '/inventory', as: 'manager.east' });
    await loaded();
    mockServer().use(
      http.put(
        '*/api/stock/:locationId/:productId/thresholds',
        () =>
          HttpResponse.json(
            {
              type: 'https://order-desk.example/problems/version-conflict',
              title: 'Version conflict',
              status: 409,
              code: 'version_conflict',
              current: {
                version: 99,
                updatedAt: '2026-11-20T02:30:00Z',
                updatedBy: { id: 'u-other', name: '张伟' },
              },
            },
            { status: 409, headers: PROBLEM_HEADERS },
          ),
        { once: true },
      ),
    );
    const dialog = await openRowAction(user, 0, '设置阈值');
    const cover = within(dialog).getByRole('textbox', { name: /目标可售天数/ });
    await user.clear(cover);
    await user.type(cover, '45');
    await user.click(within(dialog).getByRole('button', { name: '保存阈值' }));
    const problem = await within(dialog).findByRole('alert');
    expect(problem).toHaveTextContent('张伟 在 2026/11/20 10:30 改过这个库存点');

    await user.click(within(problem).getByRole('button', { name: '载入最新数字' }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());
    expect(cover).toHaveValue('45');
    await user.click(within(dialog).getByRole('button', { name: '保存阈值' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(cell(0, 10)).toBe('45'));
  });
});
