import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { s10CheckDigit } from '@/domain/waybill/carriers';
import { getMockServer, mockServer } from '@/testing/mock-server';
import { renderApp, TEST_API_BASE } from '@/testing/render-app';
import { draftStorageKey } from './draft-store';

/** An EMS number in the UPU S10 format with a right check digit. */
function emsNumber(serial: string): string {
  return `EA${serial}${s10CheckDigit(serial)}CN`;
}

/** The same number with its check digit changed. */
function emsWithWrongDigit(serial: string): string {
  return `EA${serial}${(s10CheckDigit(serial) + 1) % 10}CN`;
}

async function openGrid() {
  const app = await renderApp({ route: '/shipping/waybills', as: 'warehouse.sh' });
  const table = await screen.findByRole('table', { name: '待录入运单号的订单' }, { timeout: 8000 });
  return { ...app, table };
}

function waybillInputs() {
  return screen.getAllByRole('textbox', { name: /的运单号$/ });
}

function rowOf(input: HTMLElement): HTMLElement {
  const row = input.closest('tr');
  if (!row) throw new Error('input outside a row');
  return row;
}

/** A scanner: characters a few milliseconds apart, then Enter. */
const scanner = () => userEvent.setup({ delay: 2 });

async function chooseEms(user: ReturnType<typeof scanner>, input: HTMLElement) {
  const select = within(rowOf(input)).getByRole('combobox', { name: /的快递公司$/ });
  await user.selectOptions(select, 'EMS');
}

// The Shanghai warehouse's orders waiting to ship rise and fall with the hour the data is seeded
// at; with the default 2,000 orders there are as few as two, these tests tick three or more.
getMockServer({ orders: 8_000 });

describe('waybill grid', () => {
  it('fills a row from a scan and moves to the next row, losing nothing between fast scans', async () => {
    await openGrid();
    const user = scanner();
    const [first, second, third] = waybillInputs();
    if (!first || !second || !third) throw new Error('expected three rows');
    await user.click(first);
    await user.keyboard(`${emsNumber('12345678')}{Enter}${emsNumber('23456789')}{Enter}`);
    expect(first).toHaveValue(emsNumber('12345678'));
    expect(second).toHaveValue(emsNumber('23456789'));
    expect(third).toHaveFocus();
  });

  it('shows a wrong check digit on the row, in words', async () => {
    await openGrid();
    const user = scanner();
    const first = waybillInputs()[0];
    if (!first) throw new Error('no rows');
    await chooseEms(user, first);
    await user.type(first, `${emsWithWrongDigit('12345678')}{Enter}`);
    const row = rowOf(first);
    expect(await within(row).findByText('校验位不对，请重扫或核对单号')).toBeInTheDocument();
    expect(within(row).getByText('需要修改')).toBeInTheDocument();
    expect(first).toHaveAttribute('aria-invalid', 'true');
  });

  it('marks a number entered twice on both rows', async () => {
    await openGrid();
    const user = scanner();
    const [first, second] = waybillInputs();
    if (!first || !second) throw new Error('expected two rows');
    await user.click(first);
    await user.keyboard(`${emsNumber('34567890')}{Enter}${emsNumber('34567890')}{Enter}`);
    await waitFor(() => expect(screen.getAllByText('这个单号在本批里出现了两次')).toHaveLength(2));
    expect(within(rowOf(first)).getByText('这个单号在本批里出现了两次')).toBeInTheDocument();
    expect(within(rowOf(second)).getByText('这个单号在本批里出现了两次')).toBeInTheDocument();
  });

  it('fills consecutive rows from a pasted column', async () => {
    await openGrid();
    const user = scanner();
    const [first, second, third] = waybillInputs();
    if (!first || !second || !third) throw new Error('expected three rows');
    await user.click(first);
    await user.paste(`${emsNumber('11111111')}\n${emsNumber('22222222')}\n`);
    expect(first).toHaveValue(emsNumber('11111111'));
    expect(second).toHaveValue(emsNumber('22222222'));
    expect(third).toHaveValue('');
    expect(third).toHaveFocus();
  });

  it('keeps the draft through a fresh start, and discards it only when asked', async () => {
    const first = await openGrid();
    const user = scanner();
    const [a, b] = waybillInputs();
    if (!a || !b) throw new Error('expected two rows');
    const numbers = [a, b].map((input) => input.getAttribute('aria-label'));
    await user.click(a);
    await user.keyboard(`${emsNumber('12121212')}{Enter}${emsNumber('23232323')}{Enter}`);
    first.unmount();

    await openGrid();
    expect(await screen.findByText('已恢复未提交的草稿（2 条）')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: numbers[0] ?? '' })).toHaveValue(
      emsNumber('12121212'),
    );
    expect(screen.getByRole('textbox', { name: numbers[1] ?? '' })).toHaveValue(
      emsNumber('23232323'),
    );

    const notice = screen.getByText('已恢复未提交的草稿（2 条）').closest('[role="status"]');
    await user.click(within(notice as HTMLElement).getByRole('button', { name: '放弃草稿' }));
    const dialog = await screen.findByRole('alertdialog', { name: '放弃草稿？' });
    await user.click(within(dialog).getByRole('button', { name: '放弃草稿' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: numbers[0] ?? '' })).toHaveValue('');
    await waitFor(() => {
      const saved = localStorage.getItem(
        draftStorageKey(getMockServer().sessionFor('warehouse.sh').user.id),
      );
      expect(JSON.parse(saved ?? '{}')).toMatchObject({ state: { entries: {} } });
    });
  });

  it('drops a row whose order shipped meanwhile when the draft is restored, and says so', async () => {
    const first = await openGrid();
    const user = scanner();
    const input = waybillInputs()[0];
    if (!input) throw new Error('no rows');
    const number = (input.getAttribute('aria-label') ?? '')
      .replace('订单 ', '')
      .replace(' 的运单号', '');
    await user.type(input, `${emsNumber('13131313')}{Enter}`);
    first.unmount();

    // Shipped from another screen while this one was closed.
    const { db } = getMockServer();
    const position = db.positionByNumber.get(number);
    const row = position === undefined ? undefined : db.orders[position];
    if (!row) throw new Error(`no order ${number}`);
    db.updateOrder(row.id, (draft) => void (draft.status = 'shipped'), {
      at: Date.now(),
      by: null,
    });

    await openGrid();
    expect(
      await screen.findByText(`1 个订单已经发货或取消，已从草稿中移除：${number}`),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('textbox', { name: `订单 ${number} 的运单号` }),
    ).not.toBeInTheDocument();
  });

  it('ships the good rows, which leave the grid, and keeps a refused row with its reason', async () => {
    await openGrid();
    const user = scanner();
    const [a, b, c] = waybillInputs();
    if (!a || !b || !c) throw new Error('expected three rows');
    const label = (input: HTMLElement) => input.getAttribute('aria-label') ?? '';
    const [labelA, labelB, labelC] = [label(a), label(b), label(c)];
    for (const input of [a, b, c]) await chooseEms(user, input);
    await user.click(a);
    await user.keyboard(
      `${emsNumber('40000001')}{Enter}${emsNumber('40000002')}{Enter}${emsNumber('40000003')}{Enter}`,
    );
    const ship = await screen.findByRole('button', { name: '发货 3 单' });

    // Someone puts the third order on hold between the check and the commit.
    const heldNumber = labelC.replace('订单 ', '').replace(' 的运单号', '');
    mockServer().use(
      http.post(
        `${TEST_API_BASE}/waybills/commit`,
        () => {
          const { db } = getMockServer();
          const position = db.positionByNumber.get(heldNumber);
          const row = position === undefined ? undefined : db.orders[position];
          if (!row) throw new Error(`no order ${heldNumber}`);
          db.updateOrder(row.id, (draft) => void (draft.status = 'on_hold'), {
            at: Date.now(),
            by: null,
          });
        },
        { once: true },
      ),
    );
    await user.click(ship);

    expect(await screen.findByText('2 已发货，1 条需要修改')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('textbox', { name: labelA })).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('textbox', { name: labelB })).not.toBeInTheDocument();
    const held = screen.getByRole('textbox', { name: labelC });
    expect(within(rowOf(held)).getByText('订单已被暂停，先不要发货')).toBeInTheDocument();
  });
});
