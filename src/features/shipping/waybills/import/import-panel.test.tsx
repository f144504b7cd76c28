import { screen, waitFor, within } from '@testing-library/react';
import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { forgetImportDrafts } from './draft';
import { allocatedOrders, emsWithWrongDigit, freshWaybill, warehouseBackend } from './test-orders';

beforeEach(() => {
  forgetImportDrafts();
});

async function openImport() {
  const app = await renderApp({ route: '/shipping/waybills?mode=import', as: 'warehouse.sh' });
  const area = await screen.findByRole(
    'textbox',
    { name: '从 Excel 复制两列或三列粘贴到这里' },
    { timeout: 8000 },
  );
  return { ...app, area };
}

function rowOfOrder(orderNumber: string): HTMLElement {
  const inputs = screen.getAllByRole('textbox', { name: /行订单号$/ });
  const input = inputs.find((element) => (element as HTMLInputElement).value === orderNumber);
  const row = input?.closest('tr');
  if (!row) throw new Error(`no preview row for ${orderNumber}`);
  return row;
}

function countOf(label: string): string {
  const term = within(screen.getByLabelText('核对结果')).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('paste and preview', () => {
  it('shows each row’s verdict in words, then ships only the good rows', async () => {
    const [a, b, c, d, e] = await allocatedOrders(5);
    if (!a || !b || !c || !d || !e) throw new Error('expected five orders');
    const used = freshWaybill(c.carrier, 1003);
    const lines = [
      ['订单号', '快递单号', '快递公司'],
      [a.number, freshWaybill(a.carrier, 1001), a.carrier ?? ''],
      [b.number, emsWithWrongDigit('12345678'), 'EMS'],
      [c.number, used, c.carrier ?? ''],
      [d.number, used, ''],
      ['SO2099010100001', freshWaybill('SF', 1005), '顺丰'],
      [e.number, freshWaybill(e.carrier, 1006), e.carrier ?? ''],
    ];
    const { user, area } = await openImport();
    await user.click(area);
    await user.paste(lines.map((cells) => cells.join('\t')).join('\n'));

    await waitFor(() =>
      expect(screen.getByLabelText('核对结果')).toHaveAttribute('data-state', 'checked'),
    );
    expect(within(rowOfOrder(b.number)).getByText(/校验位不对/)).toBeInTheDocument();
    expect(within(rowOfOrder(c.number)).getByText(/出现了两次/)).toBeInTheDocument();
    expect(within(rowOfOrder(d.number)).getByText(/出现了两次/)).toBeInTheDocument();
    expect(within(rowOfOrder('SO2099010100001')).getByText(/找不到这个订单号/)).toBeInTheDocument();
    expect(countOf('需要修改')).toBe('4');

    await user.click(screen.getByRole('button', { name: '发货 2 行' }));
    expect(await screen.findByText('2 行已发货')).toBeInTheDocument();
    expect(screen.queryByDisplayValue(a.number)).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(e.number)).not.toBeInTheDocument();
    expect(screen.getByDisplayValue(b.number)).toBeInTheDocument();

    const shipped = await warehouseBackend().listOrders({ query: { q: a.number } });
    expect(shipped.items[0]?.status).toBe('shipped');
  }, 40_000);

  it('fixes a row in place: the verdict follows the edit', async () => {
    const [a] = await allocatedOrders(1);
    if (!a) throw new Error('expected an order');
    const { user, area } = await openImport();
    await user.click(area);
    await user.paste(`${a.number}\t${emsWithWrongDigit('12345678')}\tEMS`);
    await waitFor(() =>
      expect(within(rowOfOrder(a.number)).getByText(/校验位不对/)).toBeInTheDocument(),
    );

    const waybill = within(rowOfOrder(a.number)).getByRole('textbox', { name: '第 1 行运单号' });
    await user.clear(waybill);
    await user.type(waybill, `${freshWaybill(a.carrier, 2001)}{Enter}`);
    const carrier = within(rowOfOrder(a.number)).getByRole('combobox', { name: '第 1 行快递公司' });
    await user.selectOptions(carrier, a.carrier ?? 'SF');
    await waitFor(() => expect(rowOfOrder(a.number)).not.toHaveAttribute('data-state', 'error'));
    await waitFor(() => expect(rowOfOrder(a.number)).not.toHaveAttribute('data-state', 'checking'));
  });

  it('guesses the columns of a workbook from its header and lets them be changed', async () => {
    const [a] = await allocatedOrders(1);
    if (!a) throw new Error('expected an order');
    const waybill = freshWaybill(a.carrier, 3001);
    const sheet =
      '<worksheet><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>运单号</t></is></c><c r="B1" t="inlineStr"><is><t>订单编号</t></is></c></row>' +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>${waybill}</t></is></c><c r="B2" t="inlineStr"><is><t>${a.number}</t></is></c></row>` +
      '</sheetData></worksheet>';
    const bytes = zipSync({ 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    const file = new File([bytes.slice().buffer], 'waybills.xlsx');
    const { user } = await openImport();
    await user.upload(screen.getByLabelText('选择文件…'), file);

    expect(await screen.findByDisplayValue(a.number)).toBeInTheDocument();
    expect(screen.getByDisplayValue(waybill)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '第一行是表头' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: /第 1 列/ })).toHaveValue('waybill');

    await user.click(screen.getByRole('checkbox', { name: '第一行是表头' }));
    expect(await screen.findByDisplayValue('订单编号')).toBeInTheDocument();
  });

  it('keeps the draft over a reload until it is discarded', async () => {
    const [a] = await allocatedOrders(1);
    if (!a) throw new Error('expected an order');
    const first = await openImport();
    await first.user.click(first.area);
    await first.user.paste(`${a.number},${freshWaybill(a.carrier, 4001)}`);
    expect(await screen.findByDisplayValue(a.number)).toBeInTheDocument();
    // Let the gathered write reach localStorage, then start over as a reload does.
    await new Promise((resolve) => setTimeout(resolve, 800));
    first.unmount();
    forgetImportDrafts();

    const { user } = await renderApp({
      route: '/shipping/waybills?mode=import',
      as: 'warehouse.sh',
    });
    expect(
      await screen.findByDisplayValue(a.number, undefined, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/这一批有 1 行/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '丢弃草稿' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: '丢弃草稿' }));
    await waitFor(() => expect(screen.queryByDisplayValue(a.number)).not.toBeInTheDocument());
    // The paste area is back, empty, for the next batch.
    expect(screen.getByRole('textbox', { name: '从 Excel 复制两列或三列粘贴到这里' })).toHaveValue(
      '',
    );
  });
});
