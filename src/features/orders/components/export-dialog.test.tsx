import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackendProvider } from '@/api/backend-context';
import type { OrderListQuery } from '@/api/contract/orders';
import { problemType } from '@/api/contract/problem';
import { RuntimeConfig } from '@/api/contract/runtime';
import { createRestBackend } from '@/api/rest/client';
import { RuntimeProvider } from '@/api/runtime-context';
import { currentToken, useSessionStore } from '@/api/session-store';
import { createI18n, I18nProvider } from '@/i18n';
import { getMockServer, mockServer } from '@/testing/mock-server';
import { TEST_API_BASE } from '@/testing/render-app';
import { ExportDialog } from './export-dialog';

const QUERY: OrderListQuery = { status: 'all', sort: '-placedAt', page: 2, pageSize: 50 };

let downloads: { href: string; download: string }[];
let files: Blob[];

beforeEach(() => {
  useSessionStore.getState().signedIn(getMockServer().sessionFor('admin'));
  downloads = [];
  files = [];
  // jsdom neither makes object URLs nor downloads; the test records what the browser would get.
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) files.push(blob);
    return `blob:test/${files.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ href: this.href, download: this.download });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Holds the second page of orders until the test lets it through. */
function holdSecondPage() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  mockServer().use(
    http.get(`${TEST_API_BASE}/orders`, async ({ request }) => {
      if (new URL(request.url).searchParams.get('page') === '2') await gate;
      return undefined;
    }),
  );
  return release;
}

async function renderDialog(total: number) {
  const i18n = await createI18n('zh-CN');
  const backend = createRestBackend({ baseUrl: TEST_API_BASE, getToken: currentToken });
  const config = RuntimeConfig.parse({ backend: 'rest', apiBaseUrl: TEST_API_BASE });
  const onOpenChange = vi.fn();

  function Harness() {
    const [open, setOpen] = useState(true);
    return (
      <ExportDialog
        open={open}
        onOpenChange={(next) => {
          onOpenChange(next);
          setOpen(next);
        }}
        query={QUERY}
        total={total}
      />
    );
  }

  render(
    <I18nProvider i18n={i18n}>
      <RuntimeProvider runtime={{ config, demo: null }}>
        <BackendProvider backend={backend}>
          <Harness />
        </BackendProvider>
      </RuntimeProvider>
    </I18nProvider>,
  );
  return { user: userEvent.setup(), onOpenChange, dialog: await screen.findByRole('dialog') };
}

async function totalOrders(): Promise<number> {
  const backend = createRestBackend({ baseUrl: TEST_API_BASE, getToken: currentToken });
  return (await backend.listOrders({ query: { ...QUERY, pageSize: 1 } })).total;
}

describe('ExportDialog', () => {
  it('says how many orders, shows the progress, then downloads the CSV', async () => {
    const total = await totalOrders();
    expect(total).toBeGreaterThan(1000);
    const release = holdSecondPage();
    const { user, dialog } = await renderDialog(total);
    const formatted = total.toLocaleString('en-US');

    expect(within(dialog).getByRole('heading', { name: '导出订单' })).toBeInTheDocument();
    expect(within(dialog).getByText(`将导出 ${formatted} 个订单。`)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: '开始导出' }));

    const progress = await within(dialog).findByRole('progressbar', { name: '导出进度' });
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuenow', '1000'));
    expect(progress).toHaveAttribute('aria-valuemax', String(total));
    expect(progress).toHaveAttribute('aria-valuetext', `已获取 1,000 / ${formatted}`);
    expect(within(dialog).getByRole('button', { name: '取消导出' })).toHaveFocus();

    release();

    const saved = await within(dialog).findByRole('link', { name: /如果下载没有开始/ });
    expect(within(dialog).getByText(`已导出 ${formatted} 个订单，文件已开始下载。`)).toBeVisible();
    const fileName = saved.getAttribute('download') ?? '';
    expect(fileName).toMatch(/^orders-\d{8}-\d{4}\.csv$/);
    expect(downloads).toEqual([{ href: 'blob:test/1', download: fileName }]);
    expect(files).toHaveLength(1);
    const text = new TextDecoder().decode(await files[0]?.arrayBuffer());
    expect(text.startsWith('订单号,下单时间,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(total + 2);
  });

  it('cancels: the export stops, the dialog closes and nothing is downloaded', async () => {
    const total = await totalOrders();
    holdSecondPage();
    const { user, dialog, onOpenChange } = await renderDialog(total);

    await user.click(within(dialog).getByRole('button', { name: '开始导出' }));
    const progress = await within(dialog).findByRole('progressbar', { name: '导出进度' });
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuenow', '1000'));
    await user.click(within(dialog).getByRole('button', { name: '取消导出' }));

    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(files).toEqual([]);
    expect(downloads).toEqual([]);
  });

  it('says why an export failed and tries again on Retry', async () => {
    const total = await totalOrders();
    mockServer().use(
      http.get(
        `${TEST_API_BASE}/orders`,
        () =>
          HttpResponse.json(
            { type: problemType('forbidden'), title: 'Forbidden', status: 403, code: 'forbidden' },
            { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    const { user, dialog } = await renderDialog(total);

    await user.click(within(dialog).getByRole('button', { name: '开始导出' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '导出失败：您没有执行此操作的权限。',
    );
    await user.click(within(dialog).getByRole('button', { name: '重试' }));
    expect(await within(dialog).findByRole('link', { name: /如果下载没有开始/ })).toBeVisible();
    expect(downloads).toHaveLength(1);
  });

  it('has nothing to start when no order matches', async () => {
    const { dialog } = await renderDialog(0);
    expect(within(dialog).getByText('当前筛选条件下没有订单，无需导出。')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '开始导出' })).toBeDisabled();
  });
});
