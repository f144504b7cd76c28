import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplenishmentLine, ReplenishmentQuery } from '@/api/contract/inventory';
import { createRestBackend } from '@/api/rest/client';
import { currentToken, useSessionStore } from '@/api/session-store';
import { tableRowTexts } from '@/components/table/test-rows';
import { getMockServer, mockServer } from '@/testing/mock-server';
import { present } from '@/testing/present';
import { renderApp, TEST_API_BASE } from '@/testing/render-app';

const TABLE = '补货清单';
const SKU_COLUMN = 1; // after the checkbox
const SUGGESTED_COLUMN = 8;
const TRANSFER_COLUMN = 10;

const tableRows = () => tableRowTexts(TABLE);

let files: Blob[];
let downloads: string[];

beforeEach(() => {
  files = [];
  downloads = [];
  // jsdom neither makes object URLs nor downloads; the test keeps what the browser would save.
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) files.push(blob);
    return `blob:test/${files.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The backend's own answer, asked as the signed-in user. */
async function serverPage(query: ReplenishmentQuery) {
  const backend = createRestBackend({ baseUrl: TEST_API_BASE, getToken: currentToken });
  return backend.listReplenishment({ query });
}

async function firstRows() {
  await waitFor(() => expect(tableRows()[0]?.length).toBeGreaterThan(3), { timeout: 8000 });
  return tableRows();
}

async function savedText(index: number): Promise<string> {
  const blob = present(files[index], `file ${index}`);
  return new TextDecoder().decode(await blob.arrayBuffer());
}

describe('replenishment list', () => {
  it("shows the server's suggested quantity for each line and how many need stock", async () => {
    await renderApp({ route: '/inventory/replenishment', as: 'admin' });
    const rows = await firstRows();
    const page = await serverPage({ page: 1, pageSize: 50 });
    expect(page.total).toBeGreaterThan(0);

    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers.slice(1)).toEqual([
      'SKU',
      '商品',
      '类目',
      '地点',
      '可用/补货点',
      '日均销量',
      '可售天数/目标',
      '建议补货数量',
      '订货数量',
      '调拨建议',
    ]);
    const first = present(page.items[0], 'a line');
    expect(rows[0]?.[SKU_COLUMN]).toBe(first.sku);
    expect(rows[0]?.[SUGGESTED_COLUMN]).toBe(first.suggestedQuantity.toLocaleString('en-US'));
    expect(
      screen.getByText(`${page.total.toLocaleString('en-US')} 个库存点需要补货`),
    ).toBeInTheDocument();

    // Where another location is overstocked, the line says where from and what that leaves there.
    const index = page.items.findIndex((line) => line.transfer !== null);
    const transfer = present(page.items[index]?.transfer, 'a line with a transfer on page 1');
    const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
    const donor =
      transfer.fromDaysOfCover === null
        ? `（其可用 ${number(transfer.fromAvailable)}，近 30 天无销量）`
        : `（其可用 ${number(transfer.fromAvailable)}，覆盖 ${number(transfer.fromDaysOfCover)} 天）`;
    expect(rows[index]?.[TRANSFER_COLUMN]).toBe(
      `从 ${transfer.fromLocationName} 调 ${number(transfer.quantity)} 件${donor}`,
    );
  });

  it('reads its filters from the URL and writes changes back', async () => {
    const all = await (async () => {
      useSessionStore.getState().signedIn(getMockServer().sessionFor('admin'));
      return serverPage({ page: 1, pageSize: 1000 });
    })();
    const category = present(all.items[0], 'a line').category;
    const { user, router } = await renderApp({
      route: `/inventory/replenishment?category=${encodeURIComponent(category)}`,
      as: 'admin',
    });
    const categorySelect = await screen.findByRole('combobox', { name: '类目' });
    await waitFor(() => expect(categorySelect).toHaveValue(category));
    await firstRows();
    const params = () => new URLSearchParams(router.state.location.search);

    const location = screen.getByRole('combobox', { name: '仓库/门店' }) as HTMLSelectElement;
    await waitFor(() => expect(location.options.length).toBeGreaterThan(1));
    const chosen = present(location.options[1], 'a location option');
    await user.selectOptions(location, chosen.value);
    expect(params().get('locationId')).toBe(chosen.value);
    expect(params().get('category')).toBe(category);

    await user.type(screen.getByRole('searchbox', { name: '搜索商品' }), 'SKU{Enter}');
    expect(params().get('q')).toBe('SKU');
    expect(params().get('locationId')).toBe(chosen.value);
  });

  it('exports the reviewed lines with the edited quantity, a BOM and neutralised cells', async () => {
    useSessionStore.getState().signedIn(getMockServer().sessionFor('admin'));
    const real = await serverPage({ page: 1, pageSize: 50 });
    const planted: ReplenishmentLine = {
      ...present(real.items[0], 'a line'),
      productName: '=HYPERLINK("http://example.invalid","点我")',
    };
    // A product name someone typed as a formula: the file must carry it as text.
    mockServer().use(
      http.get(`${TEST_API_BASE}/replenishment`, () =>
        HttpResponse.json({ ...real, items: [planted, ...real.items.slice(1)] }),
      ),
    );
    const { user } = await renderApp({ route: '/inventory/replenishment', as: 'admin' });
    await firstRows();

    const exportSelected = screen.getByRole('button', { name: '导出所选' });
    expect(exportSelected).toBeDisabled();
    await user.click(
      screen.getByRole('checkbox', { name: `审核 ${planted.sku}（${planted.locationName}）` }),
    );
    const quantity = screen.getByRole('textbox', {
      name: `${planted.sku}（${planted.locationName}）的订货数量`,
    });
    expect(quantity).toHaveValue(String(planted.suggestedQuantity));
    await user.clear(quantity);
    await user.type(quantity, '7');
    expect(screen.getByText('已审核 1 行，订货合计 7 件')).toBeInTheDocument();

    await user.click(exportSelected);
    expect(downloads).toEqual([
      expect.stringMatching(/^replenishment-reviewed-\d{4}-\d{2}-\d{2}\.csv$/),
    ]);
    const bytes = new Uint8Array(await present(files[0], 'the file').arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await savedText(0)).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'SKU,商品,类目,地点,可用,补货点,日均销量,可售天数,目标可售天数,建议补货数量,订货数量,已审核,调出地点,建议调拨数量,调出地可用,调出地可售天数',
    );
    expect(lines).toHaveLength(3);
    const cells = present(lines[1], 'the reviewed line');
    expect(
      cells.startsWith(`${planted.sku},"'=HYPERLINK(""http://example.invalid"",""点我"")",`),
    ).toBe(true);
    expect(cells).toContain(`,${planted.suggestedQuantity},7,是,`);
  });

  it('keeps the review across a reload of the page', async () => {
    const first = await renderApp({ route: '/inventory/replenishment', as: 'admin' });
    const rows = await firstRows();
    const sku = present(rows[0]?.[SKU_COLUMN], 'a SKU');
    const box = screen.getAllByRole('checkbox', { name: new RegExp(`^审核 ${sku}（`) })[0];
    await first.user.click(present(box, 'its checkbox'));
    first.unmount();

    await renderApp({ route: '/inventory/replenishment', as: 'admin' });
    await firstRows();
    expect(
      screen.getAllByRole('checkbox', { name: new RegExp(`^审核 ${sku}（`) })[0],
    ).toBeChecked();
    expect(screen.getByText(/^已审核 1 行，订货合计/)).toBeInTheDocument();
  });

  it('says when nothing needs replenishing', async () => {
    mockServer().use(
      http.get(`${TEST_API_BASE}/replenishment`, () =>
        HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 50 }),
      ),
    );
    await renderApp({ route: '/inventory/replenishment', as: 'admin' });
    expect(
      await screen.findByText('没有需要补货的库存点', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('0 个库存点需要补货')).toBeInTheDocument();
  });

  it('says why the list failed to load and loads it on Retry', async () => {
    mockServer().use(
      http.get(`${TEST_API_BASE}/replenishment`, () => HttpResponse.error(), { once: true }),
    );
    const { user } = await renderApp({ route: '/inventory/replenishment', as: 'admin' });
    const table = await screen.findByRole('table', { name: TABLE }, { timeout: 8000 });
    const alert = await within(table).findByRole('alert', {}, { timeout: 8000 });
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    await firstRows();
  });

  it('exports every page of the filter from the dialog', async () => {
    const { user } = await renderApp({ route: '/inventory/replenishment', as: 'admin' });
    await firstRows();
    await user.click(screen.getByRole('button', { name: '导出全部' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    await user.click(within(dialog).getByRole('button', { name: '开始导出' }));
    await within(dialog).findByRole('link', { name: /如果下载没有开始/ });
    const total = (await serverPage({ page: 1, pageSize: 1 })).total;
    const lines = (await savedText(0)).split('\r\n');
    expect(lines).toHaveLength(total + 2);
    expect(downloads).toEqual([expect.stringMatching(/^replenishment-\d{4}-\d{2}-\d{2}\.csv$/)]);
  });

  it('cancels an export: the dialog closes and nothing is downloaded', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { user } = await renderApp({ route: '/inventory/replenishment', as: 'admin' });
    await firstRows();
    // Holds the export's request (1,000 a page) until the test has cancelled.
    mockServer().use(
      http.get(`${TEST_API_BASE}/replenishment`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('pageSize') === '1000') await gate;
        return undefined;
      }),
    );
    await user.click(screen.getByRole('button', { name: '导出全部' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    await user.click(within(dialog).getByRole('button', { name: '开始导出' }));
    expect(await within(dialog).findByRole('progressbar', { name: '导出进度' })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: '取消导出' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    release();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(downloads).toEqual([]);
  });
});
