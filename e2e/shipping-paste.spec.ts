import { expect, test, type Page } from '@playwright/test';
import { apiFromPage, newWaybill, signIn } from './support';

const LOCATION_ID = 'loc-wh-sh';
const BATCH = 50;

/** How a spreadsheet names the carrier: short Chinese names, as people type them. */
const CARRIER_NAMES: Record<string, string> = {
  SF: '顺丰',
  JD: '京东',
  ZTO: '中通',
  YTO: '圆通',
  STO: '申通',
  YUNDA: '韵达',
  EMS: '邮政',
  JT: '极兔',
  DEPPON: '德邦',
};

interface AllocatedOrder {
  id: string;
  number: string;
  carrier: string | null;
}

interface Candidate {
  order: { id: string; version: number };
  suggestion: { carrier: string } | null;
  ruleCarrier: string;
  options: { locationId: string; canFulfil: boolean }[];
}

async function allocatedHere(page: Page): Promise<{ total: number; items: AllocatedOrder[] }> {
  const answer = await apiFromPage(
    page,
    `/orders?status=allocated&locationId=${LOCATION_ID}&sort=placedAt&pageSize=${BATCH}`,
  );
  expect(answer.status).toBe(200);
  return answer.body as { total: number; items: AllocatedOrder[] };
}

/** At least a batch of orders waiting for waybills here: approved orders this warehouse can fulfil are allocated to it. */
async function fiftyAllocatedOrders(page: Page): Promise<AllocatedOrder[]> {
  const before = await allocatedHere(page);
  const missing = BATCH - before.total;
  if (missing > 0) {
    const answer = await apiFromPage(page, '/allocation/candidates?state=suggested&pageSize=500');
    const candidates = (answer.body as { items: Candidate[] }).items.filter((candidate) =>
      candidate.options.some((option) => option.locationId === LOCATION_ID && option.canFulfil),
    );
    expect(candidates.length).toBeGreaterThanOrEqual(missing);
    const allocation = await apiFromPage(page, '/allocations', {
      method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: {
        items: candidates.slice(0, missing).map((candidate) => ({
          orderId: candidate.order.id,
          version: candidate.order.version,
          locationId: LOCATION_ID,
          carrier: candidate.suggestion?.carrier ?? candidate.ruleCarrier,
        })),
      },
    });
    expect(allocation.status).toBe(200);
    expect((allocation.body as { failed: number }).failed).toBe(0);
  }
  const after = await allocatedHere(page);
  expect(after.items).toHaveLength(BATCH);
  return after.items;
}

/** Puts text on the paste area the way Ctrl+V from Excel does: a paste event carrying the clipboard. */
async function pasteInto(page: Page, label: string, text: string): Promise<void> {
  const area = page.getByLabel(label);
  await area.focus();
  await area.evaluate((element, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasted);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
  }, text);
}

test('fifty rows pasted from a spreadsheet are previewed with their verdicts and shipped', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, 'warehouse.sh', '/shipping/waybills?mode=import');
  const orders = await fiftyAllocatedOrders(page);

  const lines = orders.map((order) => {
    const carrier = order.carrier ?? 'ZTO';
    return { number: order.number, waybill: newWaybill(carrier), name: CARRIER_NAMES[carrier] };
  });
  const block = lines.map((line) => `${line.number}\t${line.waybill}\t${line.name}`).join('\r\n');

  await expect(page.getByRole('tab', { name: '粘贴/导入', selected: true })).toBeVisible();
  await pasteInto(page, '从 Excel 复制两列或三列粘贴到这里', `${block}\r\n`);

  // The preview: fifty rows, every one checked. Domestic carriers print no check digit, so each
  // number is a "format only" warning; none is an error.
  await expect(page.getByText(`这一批有 ${BATCH} 行（粘贴的内容）`)).toBeVisible();
  const summary = page.getByLabel('核对结果');
  // Checked once "核对中" (checking) has left the counts.
  await expect(summary.getByRole('term')).toHaveText(['可以发货', '请留意', '需要修改'], {
    timeout: 60_000,
  });
  await expect(summary.getByRole('definition')).toHaveText(['0', String(BATCH), '0']);

  const preview = page.getByRole('group', { name: '预览' });
  const first = lines[0];
  await expect(preview.getByLabel('第 1 行订单号')).toHaveValue(first?.number ?? '');
  await expect(preview.getByLabel('第 1 行运单号')).toHaveValue(first?.waybill ?? '');
  const firstRow = preview.getByRole('row').filter({ has: page.getByLabel('第 1 行订单号') });
  await expect(firstRow).toContainText('请留意');
  await expect(firstRow).toContainText('没有校验位');
  // The last row is there too: the frame scrolls to it from the keyboard.
  await preview.focus();
  await page.keyboard.press('End');
  const last = lines.at(-1);
  await expect(preview.getByLabel(`第 ${BATCH} 行订单号`)).toHaveValue(last?.number ?? '');
  await expect(preview.getByLabel(`第 ${BATCH} 行运单号`)).toHaveValue(last?.waybill ?? '');

  await page.getByRole('button', { name: `发货 ${BATCH} 行` }).click();
  await expect(page.getByText(`${BATCH} 行已发货`)).toBeVisible({ timeout: 60_000 });

  // Every order left with the number it was pasted with.
  const shipped = await Promise.all(
    orders.map((order) => apiFromPage(page, `/orders/${order.id}`)),
  );
  for (const [index, answer] of shipped.entries()) {
    const order = answer.body as {
      number: string;
      status: string;
      shipments: { waybill: string; carrier: string }[];
    };
    expect(order.number).toBe(lines[index]?.number);
    expect(order.status).toBe('shipped');
    expect(order.shipments.map((shipment) => shipment.waybill)).toEqual([lines[index]?.waybill]);
  }
});
