import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '@/testing/render-app';
import type * as feedback from '../feedback';
import { beep } from '../feedback';
import { allocatedOrders, freshWaybill, warehouseBackend } from '../import/test-orders';
import { forgetPairStores } from './pair-store';

vi.mock('../feedback', async (importOriginal) => ({
  ...(await importOriginal<typeof feedback>()),
  beep: vi.fn(),
}));

beforeEach(() => {
  forgetPairStores();
  vi.mocked(beep).mockClear();
});

/** A scanner: characters a few milliseconds apart, then Enter. */
const scanner = () => userEvent.setup({ delay: 2 });

async function openPairScan() {
  await renderApp({ route: '/shipping/waybills?mode=pair', as: 'warehouse.sh' });
  const input = await screen.findByRole('textbox', { name: '扫描框' }, { timeout: 8000 });
  return input;
}

/** The scan message that is an alert (the app's own live region is empty). */
function scanAlerts(): HTMLElement[] {
  return screen.queryAllByRole('alert').filter((element) => element.textContent !== '');
}

async function findScanAlert(): Promise<HTMLElement> {
  return waitFor(() => {
    const [alert] = scanAlerts();
    if (!alert) throw new Error('no alert yet');
    return alert;
  });
}

const step = () => screen.getByRole('heading', { level: 2 });

describe('pair scan', () => {
  it('ships a parcel from its slip and its waybill, and logs it', async () => {
    const [order] = await allocatedOrders(1);
    if (!order) throw new Error('expected an order');
    const waybill = freshWaybill(order.carrier, 5001);
    const input = await openPairScan();
    const user = scanner();
    expect(step()).toHaveTextContent('扫描面单上的订单号');

    await user.type(input, `${order.number}{Enter}`);
    await waitFor(() => expect(step()).toHaveTextContent('扫描快递单号'));
    expect(screen.getByText(order.customerName)).toBeInTheDocument();

    await user.type(input, `${waybill}{Enter}`);
    expect(await screen.findByText(`已发货：${order.number}，运单 ${waybill}`)).toBeInTheDocument();
    expect(step()).toHaveTextContent('扫描面单上的订单号');
    const log = screen.getByRole('table', { name: '最近扫描' });
    expect(within(log).getByText(order.number)).toBeInTheDocument();
    expect(within(log).getByText('已发货')).toBeInTheDocument();
    expect(beep).toHaveBeenCalledWith('ok');
    expect(beep).not.toHaveBeenCalledWith('error');

    const shipped = await warehouseBackend().listOrders({ query: { q: order.number } });
    expect(shipped.items[0]?.waybill).toBe(waybill);
  }, 30_000);

  it('ignores the same scan twice within a moment (a double trigger)', async () => {
    const [order] = await allocatedOrders(1);
    if (!order) throw new Error('expected an order');
    const waybill = freshWaybill(order.carrier, 6001);
    const input = await openPairScan();
    const user = scanner();

    await user.type(input, `${order.number}{Enter}${order.number}{Enter}`);
    await waitFor(() => expect(step()).toHaveTextContent('扫描快递单号'));
    await user.type(input, `${waybill}{Enter}${waybill}{Enter}`);
    expect(await screen.findByText(`已发货：${order.number}，运单 ${waybill}`)).toBeInTheDocument();
    // Give a second (ignored) scan time to have been handled, had it been taken.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(scanAlerts()).toEqual([]);
    expect(
      within(screen.getByRole('table', { name: '最近扫描' })).getAllByRole('row'),
    ).toHaveLength(2);
    expect(beep).not.toHaveBeenCalledWith('error');
  }, 30_000);

  it('announces a problem aloud and in words: a waybill first, then a used waybill', async () => {
    const [order] = await allocatedOrders(1);
    if (!order) throw new Error('expected an order');
    const used = (
      await warehouseBackend().listOrders({ query: { status: 'shipped', pageSize: 1 } })
    ).items[0]?.waybill;
    if (!used) throw new Error('expected a shipped order with a waybill');
    const input = await openPairScan();
    const user = scanner();

    await user.type(input, `${freshWaybill(order.carrier, 7001)}{Enter}`);
    expect(await findScanAlert()).toHaveTextContent('这是快递单号。请先扫描面单上的订单号');
    expect(beep).toHaveBeenCalledWith('error');

    await user.type(input, `${order.number}{Enter}`);
    await waitFor(() => expect(step()).toHaveTextContent('扫描快递单号'));
    vi.mocked(beep).mockClear();
    await user.type(input, `${used}{Enter}`);
    await waitFor(() => expect(scanAlerts()[0]).toHaveTextContent('这个单号已经用在别的订单上了'));
    expect(beep).toHaveBeenCalledWith('error');
    // The order still waits for a right waybill.
    expect(step()).toHaveTextContent('扫描快递单号');
    expect(
      within(screen.getByRole('table', { name: '最近扫描' })).getByText('没有发货'),
    ).toBeInTheDocument();
  }, 30_000);
});
